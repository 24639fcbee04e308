import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, signedIn } from './helpers';

/**
 * Each home starts with what its person must do next. It reads only, and checks what the specs
 * before it (alphabetically, on the same server) leave as the demo made it: nobody logs coaching
 * for Lily Chen, so she is short of hours this program year (behind pace, or below the monthly
 * minimum this month, depending on the day); the director's doctoral waiver waits until
 * requests.spec.ts; the demo's submitted professional learning waits until
 * professional-learning.spec.ts. Elena Evans, whom completion.spec.ts completes, is not checked.
 */

/** Her coaching items, as the list names them (either or both, depending on the day). */
const SHORT_OF_HOURS = '(Coaching hours behind pace|Coaching this month below the monthly minimum)';

function whatsNext(page: Page): Locator {
  return page.getByRole('region', { name: 'What’s next' });
}

/** On a phone, the part of the page `scope` shows stays within the screen. */
async function expectWithinScreen(scope: Locator, phone: boolean) {
  if (!phone) return;
  const box = await scope.boundingBox();
  const width = await scope.page().evaluate(() => document.documentElement.clientWidth);
  expect(box, 'shown').not.toBeNull();
  expect(box!.x + box!.width, 'within the screen').toBeLessThanOrEqual(width);
  expect(await scope.evaluate((el) => el.scrollWidth - el.clientWidth), 'nothing cut off').toBeLessThanOrEqual(0);
}

for (const phone of [false, true]) {
  const width = phone ? 'on a phone' : 'on a desktop';

  test(`${width}: Lily Chen’s missing coaching is on her home, her coach’s and the coordinator’s`, async ({ browser }) => {
    // Her own home: her item, without her name.
    const chen = await signedIn(browser, 'cand.chen', phone);
    const hers = whatsNext(chen.page).getByRole('link', { name: new RegExp(`^${SHORT_OF_HOURS}$`) });
    await expect(hers.first()).toBeVisible();
    await expect(hers.first()).toHaveAttribute('href', /^\/enrollments\/[0-9a-f-]{36}\/hours$/);
    await expect(whatsNext(chen.page).getByRole('link', { name: /Lily Chen/ })).toHaveCount(0);
    await expectNoHorizontalScroll(chen.page, phone);
    await chen.close();

    // Her coach's home: the same item, named after her; it leads to her hours.
    const rivera = await signedIn(browser, 'coach.rivera', phone);
    const about = whatsNext(rivera.page).getByRole('link', { name: new RegExp(`^${SHORT_OF_HOURS} — Lily Chen$`) });
    await expect(about.first()).toBeVisible();
    await expectWithinScreen(whatsNext(rivera.page), phone);
    await expectNoHorizontalScroll(rivera.page, phone);
    await about.first().click();
    await expect(rivera.page).toHaveURL(/\/enrollments\/[0-9a-f-]{36}\/hours$/);
    await expect(rivera.page.getByRole('heading', { level: 1, name: 'Coaching hours of Lily Chen' })).toBeVisible();
    await rivera.close();

    // The coordinator's home: Lily Chen among the candidates to follow up for their coaching.
    const coordinator = await signedIn(browser, 'coordinator', phone);
    const followUps = coordinator.page.getByRole('region', { name: 'Candidates to follow up' });
    const coaching = followUps.getByRole('list', { name: /^(Coaching hours behind pace|No coaching logged this month)$/ });
    const lily = coaching.getByRole('link', { name: 'Lily Chen', exact: true });
    await expect(lily.first()).toBeVisible();
    await expect(lily.first()).toHaveAttribute('href', /^\/enrollments\/[0-9a-f-]{36}\/completion$/);
    const byItem = followUps.getByRole('table', { name: 'Candidates by completion item' });
    await expect(byItem.getByRole('row')).toHaveCount(11);
    await expectNoHorizontalScroll(coordinator.page, phone);
    await coordinator.close();
  });

  test(`${width}: the director is asked to decide the doctoral waiver, the coordinator to approve professional learning`, async ({
    browser,
  }) => {
    const director = await signedIn(browser, 'director', phone);
    const decide = whatsNext(director.page).getByRole('link', { name: 'Decide requests', exact: true });
    await expect(decide).toHaveAttribute('href', '/requests');
    await expect(decide.locator('xpath=ancestor::li[1]')).toContainText(/\d+ doctoral waiver/);
    await expectNoHorizontalScroll(director.page, phone);
    await decide.click();
    await expect(director.page).toHaveURL(/\/requests$/);
    await director.close();

    const coordinator = await signedIn(browser, 'coordinator', phone);
    const approve = whatsNext(coordinator.page).getByRole('link', { name: 'Approve professional learning', exact: true });
    await expect(approve).toHaveAttribute('href', '/professional-learning');
    await expect(approve.locator('xpath=ancestor::li[1]')).toContainText(/\d+ submitted/);
    await expectNoHorizontalScroll(coordinator.page, phone);
    await coordinator.close();
  });

  test(`${width}: the district representative sees where their district’s candidates stand on completion`, async ({ browser }) => {
    const rep = await signedIn(browser, 'district.rep', phone);
    const district = rep.page.getByRole('region', { name: 'Candidates in your district' });
    const sofia = district.getByRole('row', { name: /Sofia Alvarez/ });
    await expect(sofia).toContainText(/\d+ of 10 met · due /);
    await expect(sofia).toContainText(/\d+ of 10 confirmed/);
    await expect(district.getByRole('row', { name: /Lily Chen/ })).toHaveCount(0);
    await expectNoHorizontalScroll(rep.page, phone);
    await sofia.getByRole('link', { name: 'Sofia Alvarez' }).click();
    await expect(rep.page).toHaveURL(/\/enrollments\/[0-9a-f-]{36}\/completion$/);
    await rep.close();
  });
}

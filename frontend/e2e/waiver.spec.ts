import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectFieldError, expectNoHorizontalScroll, fact, nav, signedIn } from './helpers';

/**
 * The director approves Marcus Brooks's doctoral waiver (the demo's, under review, asking for
 * human resources and finance and budget) with the program's PL activities it waives, and his
 * PL requirement follows it: 30 hours of the program's 40. An approval cannot be undone and
 * home.spec.ts expects the waiver undecided, so this spec runs last (alphabetically) on the shared
 * server. The approval is made once, on a desktop, after a refused attempt on a phone; his PL page
 * is read at both widths.
 */

test.describe.configure({ mode: 'serial' });

const HUMAN_RESOURCES = 'Human Resources — PL Day 2: Human Resources, year 1, 6 h';
const FINANCE = 'Finance & Budget — PL Day 4: Finance and Budget, year 2, 4 h';

/** From the director's Requests to Marcus Brooks's waiver; its Decide form. */
async function openWaiver(page: Page): Promise<Locator> {
  await nav(page).getByRole('link', { name: 'Requests' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible();
  await page.getByRole('link', { name: 'Doctoral waiver of Marcus Brooks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Doctoral Waiver Form/ })).toContainText('Under review');
  return page.getByRole('form', { name: 'Decide' });
}

/**
 * Approve with both topics, an activity for each (checking a topic adds its card), the second
 * one's name left blank; sent, the server's refusal stands beside that name. Returns the cards.
 */
async function approveWithANameMissing(decide: Locator): Promise<[Locator, Locator]> {
  await decide.getByRole('radio', { name: 'Approve' }).check();
  await decide.getByLabel(/^Reason for the decision/).fill('Transcript reviewed: the EdD coursework covers both topics.');
  await decide.getByRole('checkbox', { name: 'Human Resources' }).check();
  await decide.getByRole('checkbox', { name: 'Finance & Budget' }).check();
  const waived = decide.getByRole('group', { name: /^Professional learning waived/ });
  const first = waived.getByRole('group', { name: 'Waived activity 1' });
  const second = waived.getByRole('group', { name: 'Waived activity 2' });
  await expect(first.getByLabel(/^Topic/)).toHaveValue('human_resources');
  await expect(second.getByLabel(/^Topic/)).toHaveValue('finance_and_budget');
  await first.getByLabel(/^Activity/).fill('PL Day 2: Human Resources');
  await first.getByLabel(/^Program year/).selectOption({ label: 'Year 1' });
  await first.getByLabel(/^Hours/).fill('6');
  await second.getByLabel(/^Program year/).selectOption({ label: 'Year 2' });
  await second.getByLabel(/^Hours/).fill('4');

  await decide.getByRole('button', { name: 'Record the decision' }).click();
  await expect(await expectFieldError(second.getByLabel(/^Activity/))).toHaveText('must not be blank');
  await expect(first.getByLabel(/^Activity/)).not.toHaveAttribute('aria-invalid');
  await expect(decide.page().getByRole('heading', { level: 1 })).toContainText('Under review');
  return [first, second];
}

test('on a phone, the director’s approval with an activity unnamed is refused beside its name, the form within the screen', async ({
  browser,
}) => {
  const director = await signedIn(browser, 'director', true);
  const decide = await openWaiver(director.page);
  await approveWithANameMissing(decide);
  await expectNoHorizontalScroll(director.page, true);
  await director.close();
});

test('on a desktop, the director approves the waiver with the activities it waives', async ({ browser }) => {
  const director = await signedIn(browser, 'director');
  const decide = await openWaiver(director.page);
  const [, second] = await approveWithANameMissing(decide);

  await second.getByLabel(/^Activity/).fill('PL Day 4: Finance and Budget');
  await decide.getByRole('button', { name: 'Record the decision' }).click();
  await expect(director.page.getByRole('status').filter({ hasText: 'The request is approved.' })).toBeVisible();
  const decision = director.page.getByRole('region', { name: 'Decision' });
  await expect(decision).toContainText('Approved by Dana Director');
  await expect(fact(decision, 'Topics waived')).toHaveText('Human Resources; Finance & Budget');
  await expect(fact(decision, 'Professional learning waived').getByRole('listitem')).toHaveText([HUMAN_RESOURCES, FINANCE]);
  await director.close();
});

for (const phone of [false, true]) {
  const width = phone ? 'on a phone' : 'on a desktop';

  test(`${width}: Marcus Brooks’s PL requirement is 30 hours, less the activities waived`, async ({ browser }) => {
    const brooks = await signedIn(browser, 'cand.brooks', phone);
    const page = brooks.page;
    await page.getByRole('main').getByRole('link', { name: 'My professional learning' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My professional learning' })).toBeVisible();

    // 40 hours less the 10 waived, on the bar and in words.
    const whole = page.getByRole('progressbar', { name: 'Whole program' });
    await expect(whole).toHaveAttribute('max', '1800');
    await expect(whole).toHaveAccessibleDescription(/ of 30 h 00 min .*· 10 h 00 min waived/);
    await expect(page.getByText(/40 h 00 min in total, less 10 h 00 min waived by the doctoral waiver: 30 h 00 min\./)).toBeVisible();

    const waived = page.getByRole('region', { name: 'Waived by the doctoral waiver' });
    await expect(waived.getByRole('listitem')).toHaveText([HUMAN_RESOURCES, FINANCE]);

    // Each year's requirement loses its own activity's hours.
    const year1 = page.getByRole('region', { name: /^Program year 1\b/ });
    await expect(fact(year1, 'Required')).toHaveText(/^14 h 00 min — /);
    await expect(fact(year1, 'Waived')).toHaveText('6 h 00 min of the year’s 20 h 00 min, by the doctoral waiver');
    const year2 = page.getByRole('region', { name: /^Program year 2\b/ });
    await expect(fact(year2, 'Required')).toHaveText(/^16 h 00 min — /);
    await expect(fact(year2, 'Waived')).toHaveText('4 h 00 min of the year’s 20 h 00 min, by the doctoral waiver');

    await expectNoHorizontalScroll(page, phone);
    await brooks.close();
  });
}

import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectNoHorizontalScroll, nav, signedIn } from './helpers';

/**
 * The coordinator contacts Lily Chen from the portfolio review about her coaching (nobody logs
 * coaching for her in the demo: she is behind pace, or below the monthly minimum this month);
 * she reads it on her home and on her follow-ups page, then the coordinator resolves it. The
 * specs share one server: what this one sends it resolves, so home.spec.ts after it finds her
 * home as the demo made it.
 */

test.describe.configure({ mode: 'serial' });

const MESSAGE = `Please book two coaching sessions with Diego Rivera before the winter break (${Date.now()}).`;
const NOTE = 'Two sessions booked for December.';
/** Her coaching follow-ups, as the contact form's checkboxes name them (either or both, depending on the day). */
const COACHING = /^(Coaching hours behind pace|No coaching logged this month)$/;

/** The address of Lily Chen's follow-ups page, once the coordinator has opened it. */
let followUpsPath = '';

function whatsNext(page: Page): Locator {
  return page.getByRole('region', { name: 'What’s next' });
}

/** The follow-up this spec sends, on a follow-ups page. */
function ours(page: Page): Locator {
  return page.getByRole('article', { name: /^Follow-up of / }).filter({ hasText: MESSAGE });
}

/** Should a step fail, what this spec sent is resolved through the API, so the specs after it find the demo as it was. */
async function resolveWhatIsLeftOpen(browser: Browser) {
  if (!followUpsPath) return;
  const context = await browser.newContext();
  try {
    const login = await context.request.post('/api/auth/login', { data: { login: 'coordinator', password: DEMO_PASSWORD } });
    const { access_token } = (await login.json()) as { access_token: string };
    const auth = { Authorization: `Bearer ${access_token}` };
    const list = (await (await context.request.get(`/api${followUpsPath}`, { headers: auth })).json()) as {
      items: { id: string; message: string; status: string; version: number }[];
    };
    for (const f of list.items.filter((i) => i.message === MESSAGE && i.status === 'open')) {
      await context.request.post(`/api/follow-ups/${f.id}/resolve`, {
        headers: { ...auth, 'If-Match': `"${f.version}"` },
        data: { note: 'Resolved by follow-ups.spec.ts after a failure.' },
      });
    }
  } finally {
    await context.close();
  }
}

test.afterAll(async ({ browser }) => {
  await resolveWhatIsLeftOpen(browser);
});

test('the coordinator contacts Lily Chen from her card of the portfolio review', async ({ browser }) => {
  const { page, close } = await signedIn(browser, 'coordinator');
  await nav(page).getByRole('link', { name: 'Portfolio review' }).click();
  const card = page.getByRole('article', { name: 'Lily Chen' });
  await card.getByRole('link', { name: 'Contact Lily Chen' }).click();

  // Her card's follow-ups come along, her coaching among them.
  await expect(page).toHaveURL(/\/enrollments\/[0-9a-f-]{36}\/follow-ups\?flags=\S*(hours_behind_pace|no_hours_this_month)/);
  followUpsPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1, name: 'Follow-ups of Lily Chen' })).toBeVisible();
  const form = page.getByRole('region', { name: 'Contact the candidate' });
  const about = form.getByRole('group', { name: 'What it is about' });
  await expect(about.getByRole('checkbox', { name: COACHING, checked: true }).first()).toBeVisible();

  await form.getByLabel(/^Message to the candidate/).fill(MESSAGE);
  await form.getByRole('button', { name: 'Send' }).click();

  // Listed, open, and the form is empty again.
  const sent = ours(page);
  await expect(sent).toBeVisible();
  await expect(sent).toContainText('Open');
  await expect(sent).toContainText(/Sent by\s*Casey Coordinator/);
  await expect(sent.getByText(COACHING).first()).toBeVisible();
  await expect(form.getByLabel(/^Message to the candidate/)).toHaveValue('');
  await expect(about.getByRole('checkbox', { checked: true })).toHaveCount(0);

  // The review counts it on her card.
  await nav(page).getByRole('link', { name: 'Portfolio review' }).click();
  await expect(page.getByRole('article', { name: 'Lily Chen' })).toContainText(/\d+ open follow-ups?/);
  await close();
});

for (const phone of [false, true]) {
  const width = phone ? 'on a phone' : 'on a desktop';

  test(`${width}: Lily Chen reads it on her home and on her follow-ups page, which she cannot change`, async ({ browser }) => {
    const chen = await signedIn(browser, 'cand.chen', phone);
    const item = whatsNext(chen.page).getByRole('listitem').filter({ hasText: MESSAGE });
    const link = item.getByRole('link', { name: 'A follow-up from the program' });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', followUpsPath);
    await expectNoHorizontalScroll(chen.page, phone);

    await link.click();
    await expect(chen.page).toHaveURL(new RegExp(`${followUpsPath}$`));
    await expect(chen.page.getByRole('heading', { level: 1, name: 'My follow-ups' })).toBeVisible();
    await expect(ours(chen.page)).toContainText('Open');
    await expect(chen.page.getByRole('region', { name: 'Contact the candidate' })).toHaveCount(0);
    await expect(chen.page.getByRole('main').getByRole('button', { name: /^(Resolve|Reopen|Send)$/ })).toHaveCount(0);
    await expect(chen.page.getByRole('main').getByRole('textbox')).toHaveCount(0);
    await expectNoHorizontalScroll(chen.page, phone);
    await chen.close();
  });
}

test('on a phone the coordinator resolves it with what came of it, and it leaves Lily Chen’s home', async ({ browser }) => {
  const coordinator = await signedIn(browser, 'coordinator', true);
  await coordinator.page.goto(followUpsPath);
  const card = ours(coordinator.page);
  await expect(card).toBeVisible();
  await expectNoHorizontalScroll(coordinator.page, true);
  await card.getByLabel('What came of it').fill(NOTE);
  await card.getByRole('button', { name: 'Resolve' }).click();
  await expect(card).toContainText('Resolved');
  await expect(card).toContainText(/Resolved by\s*Casey Coordinator/);
  await expect(card).toContainText(NOTE);
  await expect(card.getByRole('button', { name: 'Reopen' })).toBeVisible();
  await expectNoHorizontalScroll(coordinator.page, true);
  await coordinator.close();

  for (const phone of [false, true]) {
    const chen = await signedIn(browser, 'cand.chen', phone);
    // The list has loaded (her coaching is on it) without the follow-up.
    await expect(whatsNext(chen.page).getByRole('link').first()).toBeVisible();
    await expect(whatsNext(chen.page).getByRole('link', { name: 'A follow-up from the program' })).toHaveCount(0);
    await expect(whatsNext(chen.page)).not.toContainText(MESSAGE);
    await chen.close();
  }

  // Chen reads what came of it.
  const chen = await signedIn(browser, 'cand.chen');
  await chen.page.goto(followUpsPath);
  await expect(ours(chen.page)).toContainText(NOTE);
  await chen.close();
});

import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { DEMO_PASSWORD, MAILDIR, emailedLinkLike, expectNoHorizontalScroll, newBrowser, signedIn } from './helpers';

/**
 * Lily Chen chooses how her notifications are emailed: from her notifications to her email
 * settings, one kind off, another in the daily digest, kept after a reload. Then the coordinator
 * contacts her (a follow-up, emailed at once through the test SMTP server `make e2e` runs), and
 * the email's link to stop emails like it, opened where nobody is signed in, asks first, then
 * stops them; her email settings show it. Once on a desktop, once on a phone. Each test puts her
 * choices back as it found them and resolves the follow-up it sent, so the specs after it
 * (portfolio-review.spec.ts reads her follow-ups) find her as follow-ups.spec.ts left her.
 */

const CANDIDATE = 'cand.chen';

/** Waiting for an email takes a few of the delivery worker's 5-second rounds. */
test.describe.configure({ timeout: 120_000 });

type Auth = { Authorization: string };
type Preferences = { items: { kind: string; email: string }[] };

/** `login`'s token for the API, as a header. */
async function bearer(request: APIRequestContext, login: string): Promise<Auth> {
  const response = await request.post('/api/auth/login', { data: { login, password: DEMO_PASSWORD } });
  expect(response.ok(), `${login} signs in`).toBeTruthy();
  const { access_token } = (await response.json()) as { access_token: string };
  return { Authorization: `Bearer ${access_token}` };
}

/** Her choices as each test found them, and the follow-up it sent (to resolve), if any. */
let found: Preferences | undefined;
let sent: { id: string; version: number } | undefined;

test.beforeEach(async ({ request }) => {
  const auth = await bearer(request, CANDIDATE);
  found = (await (await request.get('/api/me/notification-preferences', { headers: auth })).json()) as Preferences;
});

test.afterEach(async ({ request }) => {
  if (found) {
    const auth = await bearer(request, CANDIDATE);
    const put = await request.patch('/api/me/notification-preferences', { headers: auth, data: { items: found.items } });
    expect(put.ok(), 'her choices are put back').toBeTruthy();
    found = undefined;
  }
  if (sent) {
    const auth = await bearer(request, 'coordinator');
    const resolved = await request.post(`/api/follow-ups/${sent.id}/resolve`, {
      headers: { ...auth, 'If-Match': `"${sent.version}"` },
      data: { note: 'Resolved by notification-settings.spec.ts.' },
    });
    expect(resolved.ok(), 'the follow-up is resolved').toBeTruthy();
    sent = undefined;
  }
});

/** A kind's choices on the email settings, by its label ("Follow-up" is also part of a group's name). */
function kind(page: Page, label: string): Locator {
  return page.getByRole('group', { name: label, exact: true });
}

async function openEmailSettings(page: Page) {
  await page.getByRole('banner').getByRole('link', { name: /^Notifications/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  await page.getByRole('link', { name: 'Email settings' }).click();
  await expect(page).toHaveURL(/\/notifications\/settings$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Email settings' })).toBeVisible();
}

for (const phone of [false, true]) {
  const width = phone ? 'on a phone' : 'on a desktop';

  test(`${width}: a candidate turns one kind of email off and puts another in the daily digest`, async ({ browser }) => {
    const { page, close } = await signedIn(browser, CANDIDATE, phone);
    await openEmailSettings(page);
    await expect(page.getByText(/The app still lists every notification/)).toBeVisible();
    await expect(kind(page, 'Event changed').getByRole('radio', { name: 'Immediately' })).toBeChecked();
    const save = page.getByRole('button', { name: 'Save changes' });
    await expect(save).toBeDisabled();
    // Checked at both widths: the page is meant for a phone's screen as much as a desktop's.
    await expectNoHorizontalScroll(page);

    await kind(page, 'Event changed').getByRole('radio', { name: 'Off' }).check();
    await kind(page, 'Request decided').getByRole('radio', { name: 'In the daily digest' }).check();
    await save.click();
    await expect(page.getByRole('status')).toHaveText('Email settings saved.');
    await expect(save).toBeDisabled();

    await page.reload();
    await expect(kind(page, 'Event changed').getByRole('radio', { name: 'Off' })).toBeChecked();
    await expect(kind(page, 'Request decided').getByRole('radio', { name: 'In the daily digest' })).toBeChecked();
    await expect(kind(page, 'Follow-up').getByRole('radio', { name: 'Immediately' })).toBeChecked();
    await expectNoHorizontalScroll(page);
    await close();
  });

  test(`${width}: an emailed link stops that kind of email, opened where nobody is signed in`, async ({ browser, request }) => {
    // Without email there is no link to follow; in CI, email must be on.
    test.skip(!MAILDIR && !process.env.CI, 'SKIPPED: no test SMTP server (run Playwright under scripts/with-smtp.sh, as `make e2e` does)');

    // 1. The coordinator contacts her; its notification is emailed at once.
    const her = await bearer(request, CANDIDATE);
    const { email } = ((await (await request.get('/api/me', { headers: her })).json()) as { user: { email: string } }).user;
    const [enrollment] = (await (await request.get('/api/me/enrollments', { headers: her })).json()) as { id: string }[];
    const since = Date.now();
    const contact = await request.post(`/api/enrollments/${enrollment!.id}/follow-ups`, {
      headers: await bearer(request, 'coordinator'),
      data: { message: `Please check your email settings (${since}).` },
    });
    expect(contact.status(), 'the follow-up is sent').toBe(201);
    sent = (await contact.json()) as { id: string; version: number };

    // 2. Its email ends with a link to stop emails like it (the page's, not the API's of its header).
    const link = await emailedLinkLike(
      email,
      since,
      /https?:\/\/[^\s"<>/]+\/unsubscribe\?user=[\w-]+&kind=\w+&sig=[\w-]+/,
      'a link to stop emails like it',
    );
    expect(new URL(link).searchParams.get('kind')).toBe('follow_up');

    // 3. Opened where nobody is signed in, it asks first: opening it stops nothing.
    const { page, close } = await newBrowser(browser, phone);
    const stops: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/unsubscribe') stops.push(r.headers()['authorization'] ?? 'no token');
    });
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1, name: 'Stop emails about “Follow-up”?' })).toBeVisible();
    await expectNoHorizontalScroll(page);
    expect(stops).toEqual([]);

    await page.getByRole('button', { name: 'Stop these emails' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Done: you will no longer get these emails. You can change this under Notifications → Email settings.',
    );
    expect(stops).toEqual(['no token']);
    await expectNoHorizontalScroll(page);

    // 4. The way to her email settings goes through signing in; there, follow-ups are off.
    await page.getByRole('link', { name: 'Notifications → Email settings' }).click();
    await page.getByLabel(/^Username or email/).fill(CANDIDATE);
    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Email settings' })).toBeVisible();
    await expect(kind(page, 'Follow-up').getByRole('radio', { name: 'Off' })).toBeChecked();
    await expect(kind(page, 'Event changed').getByRole('radio', { name: 'Immediately' })).toBeChecked();

    // 5. A link whose signature is not Coachfolio's is not valid.
    const forged = new URL(link);
    forged.searchParams.set('sig', 'not-a-signature');
    await page.goto(forged.toString());
    await page.getByRole('button', { name: 'Stop these emails' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'This link is not valid' })).toBeVisible();
    await expectNoHorizontalScroll(page);
    await close();
  });
}

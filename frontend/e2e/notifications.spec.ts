import { expect, test, type Locator, type Page } from '@playwright/test';
import { MAILDIR, expectNoHorizontalScroll, nav, programToday, signedIn } from './helpers';

/**
 * Coach Maya Rivera submits a coaching log for Sofia Alvarez; Sofia sees the unread count in the
 * header, finds the log in her notifications, opens it from there and the count drops; the
 * administrator finds its email in the delivery log, sent within seconds through the test SMTP
 * server `make e2e` runs beside the server (pending without one). Once
 * on a desktop, once on a phone. Each run leaves Sofia one more submitted log (a short morning
 * session, clear of the demo's afternoon ones and of coaching-log.spec.ts's night ones) and her
 * notifications read up to it: the specs after this one read her records without counting her
 * logs or notifications.
 */

/** The header's link to the notifications, whatever the count. */
function bell(page: Page): Locator {
  return page.getByRole('banner').getByRole('link', { name: /^Notifications(, \d+ unread)?$/ });
}

/** How many are unread, as the header's link says it. */
async function unreadCount(page: Page): Promise<number> {
  return Number(/, (\d+) unread$/.exec((await bell(page).getAttribute('aria-label')) ?? '')?.[1] ?? 0);
}

/** A meeting date this month so far, and a 20-minute slot between 07:00 and 16:00 (odd ones on a phone). */
function session(phone: boolean): { date: string; start: string } {
  const today = programToday();
  const day = 1 + Math.floor(Math.random() * today.day);
  const slot = 2 * Math.floor(Math.random() * 13) + (phone ? 1 : 0);
  const minutes = 7 * 60 + 20 * slot;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${today.year}-${pad(today.month)}-${pad(day)}`,
    start: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`,
  };
}

for (const phone of [false, true]) {
  const width = phone ? 'on a phone' : 'on a desktop';

  test(`${width}: a submitted coaching log reaches its candidate’s notifications and the delivery log`, async ({ browser }) => {
    const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
    const { date, start } = session(phone);
    const focus = `Notifications check-in (${run})`;

    // 1. The coach writes and submits a short log for Sofia Alvarez.
    const coach = await signedIn(browser, 'coach.rivera');
    await coach.page.getByRole('link', { name: 'Add coaching log for Sofia Alvarez' }).click();
    await expect(coach.page.getByRole('heading', { name: 'Collaborative coaching log' })).toBeVisible();
    await coach.page.getByLabel(/^Meeting date/).fill(date);
    await coach.page.getByLabel(/^Start time/).fill(start);
    const duration = coach.page.getByRole('group', { name: /^Duration/ });
    await duration.getByLabel('Hours').fill('0');
    await duration.getByLabel('Minutes').fill('20');
    await coach.page.getByRole('radio', { name: 'Face-to-face' }).check();
    await coach.page.getByRole('checkbox', { name: /^2 — / }).check();
    await coach.page.getByRole('checkbox', { name: /^A\. / }).check();
    await coach.page.getByLabel(/^Current focus, challenges & celebrations/).fill(focus);
    await expect(coach.page.getByText(/^Saved at \d{2}:\d{2}$/)).toBeVisible();
    await expect(coach.page).toHaveURL(/\/coaching-logs\/[0-9a-f-]{36}\/edit$/);
    const logPath = new URL(coach.page.url()).pathname.replace(/\/edit$/, '');
    await coach.page.getByRole('button', { name: 'Submit' }).click();
    await expect(coach.page.getByText('The log is submitted.')).toBeVisible();
    await coach.close();

    // 2. Sofia Alvarez sees unread notifications in the header and opens them: the log's is the newest, unread.
    const candidate = await signedIn(browser, 'cand.alvarez', phone);
    const page = candidate.page;
    await expect(bell(page)).toHaveAccessibleName(/^Notifications, \d+ unread$/);
    const before = await unreadCount(page);
    await expect(bell(page).getByText(String(before), { exact: true }), 'the count’s badge').toBeVisible();
    await bell(page).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    const newest = page.getByRole('main').getByRole('listitem').first();
    const title = `Coaching log of ${date} to acknowledge`;
    await expect(newest.getByRole('link')).toHaveAccessibleName(`${title}, unread`);
    await expect(newest).toContainText('Maya Rivera submitted the coaching log of your session');
    await expect(page.getByRole('button', { name: 'Mark all read' })).toBeVisible();
    await expectNoHorizontalScroll(page, phone);

    // 3. Opening it shows the log, and the header counts one fewer.
    await newest.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`${logPath}$`));
    await expect(page.getByRole('heading', { level: 1, name: /^Coaching log of / })).toContainText('Submitted');
    await expect(page.getByText(focus)).toBeVisible();
    const after = before - 1;
    await expect(bell(page)).toHaveAccessibleName(after > 0 ? `Notifications, ${after} unread` : 'Notifications');
    await expectNoHorizontalScroll(page, phone);

    // 4. Back on the list it is read.
    await bell(page).click();
    await expect(page.getByRole('main').getByRole('listitem').first().getByRole('link')).toHaveAccessibleName(title);
    await candidate.close();

    // 5. The administrator finds its email in the delivery log, the newest of its kind to Sofia:
    // sent by the delivery worker's next round (every 5 seconds), or pending without SMTP.
    const admin = await signedIn(browser, 'admin', phone);
    await nav(admin.page).getByRole('link', { name: 'Email delivery log' }).click();
    await expect(admin.page.getByRole('heading', { level: 1, name: 'Email delivery log' })).toBeVisible();
    const row = admin.page
      .getByRole('row')
      .filter({ hasText: 'cand.alvarez' })
      .filter({ hasText: 'Coaching log to acknowledge' })
      .first();
    await expect(async () => {
      await admin.page.reload();
      await expect(row).toContainText(MAILDIR ? 'Sent' : 'Pending', { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await expectNoHorizontalScroll(admin.page, phone);
    await admin.close();
  });
}

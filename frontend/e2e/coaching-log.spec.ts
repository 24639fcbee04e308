import { expect, test, type Locator, type Page } from '@playwright/test';
import { nav, programToday, signIn } from './helpers';

/** "Nov 21, 2026", as the app shows dates. */
function shownDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/** "4 h 30 min" → 270 (the first such value in the text). */
function minutesIn(text: string | null): number {
  const m = /(\d+) h (\d{2}) min/.exec(text ?? '');
  expect(m, `minutes in "${text}"`).toBeTruthy();
  return Number(m![1]) * 60 + Number(m![2]);
}

/** The minutes a "This month" progress bar shows within `scope`. */
async function thisMonth(scope: Page | Locator): Promise<number> {
  await expect(scope.getByRole('progressbar', { name: 'This month' })).toBeVisible();
  const page = 'goto' in scope ? scope : scope.page();
  const row = scope.locator('.progress-row').filter({ has: page.getByRole('progressbar', { name: 'This month' }) });
  return minutesIn(await row.textContent());
}

test('a coach logs a session as it happens; the candidate acknowledges it and both see the hours', async ({ browser }) => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const today = programToday();
  // A day of this month so far and an early-morning slot, so a rerun on a kept server does not overlap.
  const day = 1 + Math.floor(Math.random() * today.day);
  const meetingDate = `${today.year}-${String(today.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const slot = Math.floor(Math.random() * 4); // 00:10, 01:50, 03:30, 05:10
  const startMinutes = 10 + slot * 100;
  const startTime = `${String(Math.floor(startMinutes / 60)).padStart(2, '0')}:${String(startMinutes % 60).padStart(2, '0')}`;
  const focus = `Working out the EL program details with the IA (${run})`;
  const coachSteps = `Read the submitted ILP and check for loose ends (${run})`;

  // 0. What the candidate and the coach see before.
  const candidateContext = await browser.newContext();
  const candidate = await candidateContext.newPage();
  await signIn(candidate, 'cand.alvarez');
  await expect(candidate.getByRole('heading', { name: 'Welcome, Sofia Alvarez' })).toBeVisible();
  await nav(candidate).getByRole('link', { name: 'My hours' }).click();
  const candidateBefore = await thisMonth(candidate);

  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await signIn(coach, 'coach.rivera');
  await expect(coach.getByRole('heading', { name: /^Welcome/ })).toBeVisible();
  await nav(coach).getByRole('link', { name: 'Caseload' }).click();
  const caseloadCard = coach.getByRole('article', { name: 'Sofia Alvarez' });
  const caseloadBefore = await thisMonth(caseloadCard);

  // 1. From the home screen, "Add coaching log" for Sofia Alvarez; the draft saves as the coach types.
  await nav(coach).getByRole('link', { name: 'Home' }).click();
  await coach.getByRole('link', { name: 'Add coaching log for Sofia Alvarez' }).click();
  await expect(coach.getByRole('heading', { name: 'Collaborative coaching log' })).toBeVisible();
  await coach.getByLabel(/^Meeting date/).fill(meetingDate);
  await coach.getByLabel(/^Start time/).fill(startTime);
  const duration = coach.getByRole('group', { name: /^Duration/ });
  await duration.getByLabel('Hours').fill('1');
  await duration.getByLabel('Minutes').fill('30');
  await coach.getByRole('radio', { name: 'Face-to-face' }).check();
  await coach.getByRole('checkbox', { name: /^2 — / }).check();
  await coach.getByRole('checkbox', { name: /^A\. / }).check();
  await coach.getByLabel(/^Current focus, challenges & celebrations/).fill(focus);
  await expect(coach.getByText(/^Saved at \d{2}:\d{2}$/)).toBeVisible();
  await expect(coach).toHaveURL(/\/coaching-logs\/[0-9a-f-]{36}\/edit$/);

  // 2. More typing, and the page is reloaded at once: nothing typed is lost.
  await coach.getByLabel(/^Coach’s next steps/).fill(coachSteps);
  await coach.reload();
  await expect(coach.getByLabel(/^Current focus, challenges & celebrations/)).toHaveValue(focus);
  await expect(coach.getByLabel(/^Coach’s next steps/)).toHaveValue(coachSteps);
  await expect(coach.getByLabel(/^Meeting date/)).toHaveValue(meetingDate);
  await expect(coach.getByRole('group', { name: /^Duration/ }).getByLabel('Minutes')).toHaveValue('30');
  await expect(coach.getByRole('radio', { name: 'Face-to-face' })).toBeChecked();
  await expect(coach.getByRole('checkbox', { name: /^2 — / })).toBeChecked();
  await expect(coach.getByText(/^Saved at \d{2}:\d{2}$/)).toBeVisible();

  // 3. Submit.
  await coach.getByRole('button', { name: 'Submit' }).click();
  await expect(coach.getByText('The log is submitted.')).toBeVisible();
  await expect(coach.getByText('Submitted by coach Maya Rivera', { exact: false })).toBeVisible();

  // 4. The candidate finds it in "My coaching logs" and acknowledges it with a comment.
  await nav(candidate).getByRole('link', { name: 'My coaching logs' }).click();
  const [h, m] = startTime.split(':').map(Number) as [number, number];
  const shownTime = `${h % 12 === 0 ? 12 : h % 12}:${String(m).padStart(2, '0')} AM`;
  const row = candidate.getByRole('row').filter({ hasText: shownDate(meetingDate) }).filter({ hasText: shownTime });
  await expect(row).toContainText('1 h 30 min');
  await expect(row).toContainText('Submitted');
  await row.getByRole('link').click();
  await expect(candidate.getByText(focus)).toBeVisible();
  await candidate.getByLabel(/^Comment/).fill(`Thanks, see you next week (${run})`);
  await candidate.getByRole('button', { name: 'Acknowledge' }).click();
  await expect(candidate.getByText('Acknowledged by candidate Sofia Alvarez', { exact: false })).toBeVisible();

  // 5. This month's hours went up by the session's 90 minutes, for the candidate and on the caseload.
  await nav(candidate).getByRole('link', { name: 'My hours' }).click();
  await expect.poll(() => thisMonth(candidate)).toBe(candidateBefore + 90);

  await nav(coach).getByRole('link', { name: 'Caseload' }).click();
  await expect.poll(() => thisMonth(coach.getByRole('article', { name: 'Sofia Alvarez' }))).toBe(caseloadBefore + 90);

  await candidateContext.close();
  await coachContext.close();
});

import { expect, test } from '@playwright/test';
import { expectFieldError, fact, minimalPdf, nav, programToday, signIn } from './helpers';

/** A label as the start of a regular expression matching it exactly (the handbook's questions end in “?”). */
function exactly(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('a candidate writes her job shadow summary, short of hours at first; she submits it, prints it, and her coach reads it', async ({
  browser,
}) => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const host = `Dr. Lee, principal of Central High (${run})`;
  const learned = `How a master schedule is built around intervention (${run})`;

  // 1. From her home, she starts a job shadow.
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'cand.alvarez');
  await expect(page.getByRole('heading', { name: 'Welcome, Sofia Alvarez' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'My job shadow or school visit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My job shadow or school visit' })).toBeVisible();
  const start = page.getByRole('region', { name: 'Start a job shadow or school visit' });
  await start.getByRole('radio', { name: /^Job shadow/ }).check();
  await start.getByLabel(/^Date/).fill(programToday().iso);
  await start.getByRole('button', { name: 'Start' }).click();
  await expect(page).toHaveURL(/\/job-shadows-and-visits\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Job Shadow Experience/ })).toContainText('Draft');

  // 2. The handbook's questions, and three hours: too short for a job shadow, said beside the hours.
  await page.getByLabel(/^CASC candidate position/).fill('Assistant principal');
  await page.getByLabel(/^Who and where are you job shadowing\?/).fill(host);
  await page.getByLabel(/^What position are you job shadowing\?/).fill('Principal');
  await page.getByRole('group', { name: /^Would you recommend this job shadow/ }).getByRole('radio', { name: 'Yes' }).check();
  await page.getByLabel(/^Why have you chosen to job shadow this administrator\?/).fill('She turned around attendance at a similar school.');
  await page.getByLabel(/^Please describe your time spent with the administrator/).fill(learned);
  await page.getByLabel(/^Why would you \(or not\) recommend/).fill('A full day of decisions, with time to ask why.');
  await page.getByLabel(/^Hours/).fill('3');
  const message = await expectFieldError(page.getByLabel(/^Hours/));
  await expect(message).toContainText('4 hours');
  await expect(page.getByText(/^Not saved/)).toBeVisible();

  // 3. Four hours: saved, with everything typed meanwhile.
  await page.getByLabel(/^Hours/).fill('4');
  await expect(page.getByText(/^Saved at \d{2}:\d{2}$/)).toBeVisible();
  await expect(page.getByLabel(/^Hours/)).not.toHaveAttribute('aria-invalid', 'true');

  // 4. The optional one-page summary as a PDF, then Submit.
  const slot = page.getByRole('region', { name: /^One-page summary/ });
  await slot.getByLabel(/\(PDF\)/).setInputFiles({ name: 'job shadow.pdf', mimeType: 'application/pdf', buffer: minimalPdf(`Job shadow ${run}`) });
  await slot.getByRole('button', { name: /^Upload / }).click();
  await expect(slot).toContainText('Attached');
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(page.getByText(/^Submitted: the job shadow \/ visit requirement is met/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Submitted');
  await expect(page.getByLabel(/^Hours/)).toHaveCount(0);

  // 5. The print view: the one-page form with her answers.
  await page.getByRole('link', { name: 'Print view' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Job Shadow Experience' })).toBeVisible();
  await expect(fact(page, 'CASC candidate')).toHaveText('Sofia Alvarez');
  await expect(fact(page, exactly('Who and where are you job shadowing?'))).toHaveText(host);
  await expect(fact(page, exactly('What position are you job shadowing?'))).toHaveText('Principal');
  await expect(fact(page, exactly('Would you recommend this job shadow to another candidate?'))).toHaveText('Yes');
  await expect(fact(page, 'Hours')).toHaveText('4 h 00 min');
  await expect(page.getByText(learned)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  await context.close();

  // 6. Her coach reads it, read-only, from his caseload.
  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await signIn(coach, 'coach.rivera');
  await nav(coach).getByRole('link', { name: 'Caseload' }).click();
  await coach.getByRole('link', { name: 'Job shadow or visit of Sofia Alvarez' }).click();
  await expect(coach.getByRole('heading', { level: 1, name: 'Job shadow or school visit of Sofia Alvarez' })).toBeVisible();
  await expect(coach.getByRole('region', { name: 'Start a job shadow or school visit' })).toHaveCount(0);
  await coach.getByRole('link', { name: `Job shadow – ${host}`, exact: true }).click();
  await expect(fact(coach, exactly('Who and where are you job shadowing?'))).toHaveText(host);
  await expect(coach.getByLabel(/^Hours/)).toHaveCount(0);
  await coachContext.close();
});

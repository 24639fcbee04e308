import { expect, test, type Locator, type Page } from '@playwright/test';
import { fact, nav, programDay, selectOptionContaining, signIn } from './helpers';

/**
 * The coordinator schedules a Cohort A meeting that began at midnight today in the program's
 * time zone (so attendance can be taken now), and registers `people` on their behalf.
 */
async function scheduleStartedMeeting(page: Page, title: string, people: string[]) {
  await nav(page).getByRole('link', { name: 'Events' }).click();
  await page.getByRole('link', { name: 'New event' }).click();
  await page.getByLabel(/^Kind/).selectOption({ label: 'Cohort meeting' });
  await page.getByLabel(/^Title/).fill(title);
  await selectOptionContaining(page.getByLabel(/^Cohort/), 'Cohort A');
  await page.getByLabel(/^Starts/).fill(programDay(0, '00:00'));
  await page.getByLabel(/^Ends/).fill(programDay(0, '23:59'));
  await page.getByLabel(/^Hours credited/).fill('2.5');
  await page.getByLabel(/^Place$|^Place \*/).fill('Demo County Office of Education');
  await page.getByRole('button', { name: 'Schedule event' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const someone = page.getByRole('form', { name: 'Register someone' });
  for (const name of people) {
    await selectOptionContaining(someone.getByLabel(/^Person/), name);
    await someone.getByRole('button', { name: 'Register' }).click();
    await expect(someone.getByRole('status')).toContainText(`${name} is registered: confirmed.`);
  }
}

/** The candidate's home: the number of cohort meetings counted in the current program year. */
async function cohortMeetingsThisYear(page: Page): Promise<number> {
  await nav(page).getByRole('link', { name: 'Home' }).click();
  const year = page.getByRole('region', { name: /^Program year \d+ \(this year\)/ });
  const text = await fact(year, 'Cohort meetings').innerText();
  const counted = /^(\d+) of \d+ required/.exec(text);
  expect(counted, `"${text}" is a count`).toBeTruthy();
  return Number(counted![1]);
}

/** One number of the sheet's counts, e.g. "attended". */
function sheetCount(page: Page, label: string): Locator {
  return page.locator('.stat', { has: page.locator('.stat-label', { hasText: new RegExp(`^${label}$`) }) }).locator('.stat-value');
}

test('a coordinator marks a candidate attended: her cohort meetings count it, and she has proof of attendance', async ({
  browser,
}) => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const title = `Candidate Cohort Meeting ${run}`;

  // Sofia Alvarez's count of cohort meetings for this program year, before.
  const alvarezContext = await browser.newContext();
  const alvarez = await alvarezContext.newPage();
  await signIn(alvarez, 'cand.alvarez');
  const before = await cohortMeetingsThisYear(alvarez);

  // The coordinator schedules the meeting, registers her, and takes attendance.
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signIn(coordinator, 'coordinator');
  await scheduleStartedMeeting(coordinator, title, ['Sofia Alvarez']);
  await coordinator.getByRole('region', { name: 'Roster' }).getByRole('link', { name: 'Take attendance' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: `Attendance: ${title}` })).toBeVisible();
  await expect(sheetCount(coordinator, 'unmarked')).toHaveText('1');
  const sofia = coordinator.getByRole('radiogroup', { name: 'Attendance of Sofia Alvarez' });
  await sofia.getByRole('radio', { name: 'Attended' }).click();
  await expect(coordinator.getByRole('row', { name: /^Sofia Alvarez/ }).getByRole('status')).toHaveText('Saved');
  await expect(sheetCount(coordinator, 'attended')).toHaveText('1');
  await expect(sheetCount(coordinator, 'unmarked')).toHaveText('0');
  await coordinator.reload();
  await expect(coordinator.getByRole('radiogroup', { name: 'Attendance of Sofia Alvarez' }).getByRole('radio', { name: 'Attended' })).toBeChecked();

  // Her home counts one more, and lists the mark with its proof.
  await alvarez.reload();
  expect(await cohortMeetingsThisYear(alvarez)).toBe(before + 1);
  await alvarez.getByText(/^Attendance marks \(\d+\)$/).click();
  const mark = alvarez.getByRole('row', { name: new RegExp(title) });
  await expect(mark).toContainText('Attended');

  // From the event: her mark, and the proof of attendance.
  await mark.getByRole('link', { name: title, exact: true }).click();
  await expect(alvarez.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const mine = alvarez.getByRole('region', { name: 'Your registration' });
  await expect(mine).toContainText('Attended');
  await mine.getByRole('link', { name: `Proof of attendance for ${title}` }).click();
  await expect(alvarez.getByRole('heading', { level: 1, name: 'Proof of attendance' })).toBeVisible();
  await expect(alvarez.getByText(/^This certifies that/)).toContainText(`This certifies that Sofia Alvarez attended ${title} on`);
  await expect(fact(alvarez, 'Hours credited')).toHaveText('2 h 30 min');
  await expect(fact(alvarez, 'Recorded by')).toContainText('Casey Coordinator');
  await expect(alvarez.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();

  // And from her home.
  await nav(alvarez).getByRole('link', { name: 'Home' }).click();
  await alvarez.getByText(/^Attendance marks \(\d+\)$/).click();
  await alvarez.getByRole('row', { name: new RegExp(title) }).getByRole('link', { name: /^Proof of attendance/ }).click();
  await expect(alvarez.getByText(/^This certifies that/)).toContainText(`Sofia Alvarez attended ${title}`);

  await coordinatorContext.close();
  await alvarezContext.close();
});

test('on a phone, the coordinator marks everyone present, corrects one mark, reads its history, and adds a walk-in', async ({
  browser,
}) => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const title = `Candidate Cohort Meeting ${run}`;
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, 'coordinator');
  await scheduleStartedMeeting(page, title, ['Marcus Brooks', 'Lily Chen']);
  await page.getByRole('link', { name: 'Take attendance' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Attendance: ${title}` })).toBeVisible();
  await expect(sheetCount(page, 'unmarked')).toHaveText('2');

  // All present: both registrants attended.
  await page.getByRole('button', { name: 'All present' }).click();
  await expect(sheetCount(page, 'attended')).toHaveText('2');
  await expect(sheetCount(page, 'unmarked')).toHaveText('0');
  const marcus = page.getByRole('radiogroup', { name: 'Attendance of Marcus Brooks' });
  await expect(marcus.getByRole('radio', { name: 'Attended' })).toBeChecked();
  await expect(page.getByRole('radiogroup', { name: 'Attendance of Lily Chen' }).getByRole('radio', { name: 'Attended' })).toBeChecked();

  // Each row fits the phone, its choices large enough to tap.
  const row = page.getByRole('row', { name: /^Marcus Brooks/ });
  expect((await row.boundingBox())!.width, 'the row fits the phone').toBeLessThanOrEqual(390);
  const absent = marcus.getByRole('radio', { name: 'Absent' });
  expect((await marcus.getByText('Absent').locator('..').boundingBox())!.height, 'a large tap target').toBeGreaterThanOrEqual(44);

  // A correction: Marcus Brooks was absent after all.
  await absent.click();
  await expect(row.getByRole('status')).toHaveText('Saved');
  await expect(sheetCount(page, 'absent')).toHaveText('1');
  await expect(sheetCount(page, 'attended')).toHaveText('1');

  // Its history shows the earlier mark.
  await row.locator('summary', { hasText: /^History/ }).click();
  const change = row.locator('ul.changes li', { hasText: 'Attendance' });
  await expect(change).toContainText('Attendance: Attended → Absent');
  await expect(row.getByRole('cell', { name: /^Corrected/ })).toBeVisible();

  // Sofia Alvarez came without registering.
  const walkIn = page.getByRole('form', { name: 'Add a walk-in' });
  await selectOptionContaining(walkIn.getByLabel(/^Person/), 'Sofia Alvarez');
  await walkIn.getByRole('button', { name: 'Mark attended' }).click();
  await expect(walkIn.getByRole('status')).toContainText('Sofia Alvarez is marked attended, as a walk-in.');
  const sofia = page.getByRole('row', { name: /^Sofia Alvarez/ });
  await expect(sofia).toContainText('Walk-in');
  await expect(sofia).toContainText('Not registered');
  await expect(sheetCount(page, 'attended')).toHaveText('2');

  await context.close();
});

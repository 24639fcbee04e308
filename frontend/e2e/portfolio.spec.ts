import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, nav, programToday, signedIn } from './helpers';

/**
 * Sofia Alvarez's e-portfolio as the handbook's portfolio: its table of contents with each
 * section's state, its annual review, and her Portfolio Calibration sheet. It marks year 1 of her
 * e-portfolio reviewed, by her and by her coach (the demo has no marks; no other spec checks
 * them), and changes nothing else. Her part runs at a phone's width, the others' at a desktop's.
 */

const SECTIONS = [
  'Individual Leadership Plans (ILPs)',
  'Collaborative Coaching Logs',
  'Reflection Assessments',
  'Candidate Cohort Attendance',
  'Candidate Professional Learning Attendance',
  'Job Shadow / Distinguished School Summary',
  'Program Completion Verification Form',
  'Portfolio Calibration',
];

/** The sections whose records are confidential: linked only for those who read the candidate's records. */
const CONFIDENTIAL = [SECTIONS[0]!, SECTIONS[1]!, SECTIONS[2]!, SECTIONS[5]!];

const STATE = /^(Met|Not met|Not yet due)$/;

/** "Dec 7, 2026". */
const DAY = /[A-Z][a-z]{2} \d{1,2}, \d{4}/;

/** Cohort A began the September before last: Sofia Alvarez is in year 2. */
function cohortAStart(): number {
  const { year, month } = programToday();
  return month >= 9 ? year - 1 : year - 2;
}

function contents(page: Page): Locator {
  return page.getByRole('list', { name: 'Portfolio contents' });
}

function section(page: Page, name: string): Locator {
  return contents(page).getByRole('listitem').filter({ has: page.locator('.toc-name', { hasText: new RegExp(`^${escape(name)}$`) }) });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function reviewRow(page: Page, year: number): Locator {
  return page.getByRole('table', { name: 'Annual review of the e-portfolio' }).getByRole('row', { name: new RegExp(`^Year ${year} `) });
}

/** The table of contents: every section in the handbook's order, each with its state (but the sheet). */
async function expectContents(page: Page) {
  await expect(contents(page).getByRole('listitem')).toHaveCount(SECTIONS.length);
  await expect(contents(page).locator('.toc-name')).toHaveText(SECTIONS);
  for (const name of SECTIONS.slice(0, -1)) await expect(section(page, name).locator('.badge')).toHaveText(STATE);
  await expect(section(page, 'Portfolio Calibration').locator('.badge')).toHaveCount(0);
}

/** The calibration sheet's coaching hours by month and reflection dates. */
async function expectSheet(scope: Page | Locator) {
  const start = cohortAStart();
  const coaching = scope.getByRole('region', { name: 'Coaching Logs' });
  const year1 = coaching.locator('[aria-label="Coaching hours by month, year 1"]');
  await expect(year1.locator('dt', { hasText: `Sep ${start}` })).toBeVisible();
  await expect(year1.locator('dt', { hasText: `May ${start + 1}` })).toBeVisible();
  await expect(year1.locator('dd').first()).toHaveText(/^\d+ h \d{2} min/);
  await expect(coaching.locator('[aria-label="Coaching hours by month, year 2"]')).toBeVisible();
  await expect(coaching).toContainText(/Year 1 total: \d+ h \d{2} min of \d+ h \d{2} min/);

  const reflections = scope.getByRole('region', { name: 'Reflections' });
  const initial = reflections.getByRole('row', { name: /^Initial / });
  await expect(initial.getByRole('cell').nth(0)).toHaveText(DAY);
  // Every demo candidate submitted the initial reflection at orientation.
  await expect(initial.getByRole('cell').nth(1)).toHaveText(DAY);
  await expect(reflections.getByRole('row', { name: /^Ending / }).getByRole('cell').nth(0)).toHaveText(DAY);

  await expect(scope.getByRole('region', { name: 'Candidate Cohort Meetings' }).getByRole('row', { name: /^Year 1 / })).toContainText(DAY);
  await expect(scope.getByRole('region', { name: 'Professional Learning' })).toContainText(/Year 1: \d+ h \d{2} min of/);
  await expect(scope.getByText('Not yours to see.')).toHaveCount(0);
}

test('Sofia Alvarez’s e-portfolio: its contents, year 1 reviewed by her and her coach, her calibration sheet; the district representative’s view', async ({
  browser,
}) => {
  // 1. Sofia Alvarez, on her phone, opens her e-portfolio: its contents with their states and links.
  const candidate = await signedIn(browser, 'cand.alvarez', true);
  const page = candidate.page;
  await page.getByRole('main').getByRole('link', { name: 'My e-portfolio' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My e-portfolio' })).toBeVisible();
  await expectContents(page);
  const enrollment = /\/enrollments\/([0-9a-f-]{36})\/documents$/.exec(page.url())?.[1];
  expect(enrollment, 'her e-portfolio’s address').toBeTruthy();
  await expect(section(page, SECTIONS[0]!).getByRole('link')).toHaveAttribute('href', `/enrollments/${enrollment}/ilps`);
  await expect(section(page, SECTIONS[1]!).getByRole('link')).toHaveAttribute('href', `/enrollments/${enrollment}/coaching-logs`);
  await expect(section(page, SECTIONS[2]!).getByRole('link')).toHaveAttribute('href', `/enrollments/${enrollment}/reflections`);
  await expect(section(page, SECTIONS[5]!).getByRole('link')).toHaveAttribute('href', `/enrollments/${enrollment}/job-shadows-and-visits`);
  await expect(section(page, SECTIONS[6]!)).toContainText(/\d+ of 10 items met/);
  await expectNoHorizontalScroll(page);

  // She marks year 1 reviewed (nobody has yet): her name and the day; year 2 she may still mark.
  await expect(reviewRow(page, 1).getByRole('cell')).toHaveText(['Not yet', 'Not yet']);
  await page.getByRole('button', { name: 'Mark year 1 reviewed' }).click();
  await expect(page.getByText('Year 1 is marked reviewed.')).toBeVisible();
  await expect(reviewRow(page, 1).getByRole('cell').nth(0)).toHaveText(new RegExp(`^Sofia Alvarez, ${DAY.source}$`));
  await expect(page.getByRole('button', { name: 'Mark year 1 reviewed' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Mark year 2 reviewed' })).toBeVisible();
  await expectNoHorizontalScroll(page);

  // Her calibration sheet fits the phone too.
  await section(page, 'Portfolio Calibration').getByRole('link', { name: 'Portfolio Calibration' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio Calibration' })).toBeVisible();
  await expectSheet(page);
  await expectNoHorizontalScroll(page);
  await candidate.close();

  // 2. Her coach reaches her e-portfolio from his home, sees her mark and marks year 1 too.
  const coach = await signedIn(browser, 'coach.rivera');
  await coach.page.getByRole('link', { name: 'Documents of Sofia Alvarez' }).first().click();
  await expect(coach.page.getByRole('heading', { level: 1, name: 'E-portfolio of Sofia Alvarez' })).toBeVisible();
  await expect(coach.page).toHaveURL(new RegExp(`/enrollments/${enrollment}/documents$`));
  await expectContents(coach.page);
  const coachRow = reviewRow(coach.page, 1);
  await expect(coachRow.getByRole('cell').nth(0)).toHaveText(new RegExp(`^Sofia Alvarez, ${DAY.source}$`));
  await expect(coachRow.getByRole('cell').nth(1)).toHaveText('Not yet');
  await coach.page.getByRole('button', { name: 'Mark year 1 reviewed' }).click();
  await expect(coachRow.getByRole('cell').nth(1)).toHaveText(new RegExp(`^Maya Rivera, ${DAY.source}$`));
  await expect(coach.page.getByRole('button', { name: 'Mark year 1 reviewed' })).toHaveCount(0);

  // The calibration sheet from the contents, and its print view.
  await section(coach.page, 'Portfolio Calibration').getByRole('link').click();
  await expect(coach.page.getByRole('heading', { level: 1, name: 'Portfolio Calibration' })).toBeVisible();
  await expectSheet(coach.page);
  await expect(coach.page.getByRole('region', { name: /^Job Shadow/ })).not.toContainText('Not yours to see.');
  await coach.page.getByRole('link', { name: 'Print view' }).click();
  await expect(coach.page).toHaveURL(new RegExp(`/enrollments/${enrollment}/calibration/print$`));
  const sheet = coach.page.getByRole('article', { name: 'Portfolio Calibration' });
  await expect(sheet.getByRole('button', { name: 'Print' })).toBeVisible();
  await expectSheet(sheet);
  await coach.close();

  // 3. The district representative reads her e-portfolio: the states, no links to her confidential records.
  const rep = await signedIn(browser, 'district.rep');
  await nav(rep.page).getByRole('link', { name: 'Enrollments' }).click();
  await rep.page.getByRole('main').getByRole('link', { name: 'Sofia Alvarez', exact: true }).click();
  await rep.page.getByRole('navigation', { name: 'Records of this candidate' }).getByRole('link', { name: 'E-portfolio' }).click();
  await expect(rep.page.getByRole('heading', { level: 1, name: 'E-portfolio of Sofia Alvarez' })).toBeVisible();
  await expectContents(rep.page);
  for (const name of CONFIDENTIAL) await expect(section(rep.page, name).getByRole('link')).toHaveCount(0);
  for (const name of SECTIONS.filter((s) => !CONFIDENTIAL.includes(s))) {
    await expect(section(rep.page, name).getByRole('link', { name })).toBeVisible();
  }
  // Both marks of year 1, and nothing for her to mark.
  await expect(reviewRow(rep.page, 1).getByRole('cell')).toHaveText([/^Sofia Alvarez, /, /^Maya Rivera, /]);
  await expect(rep.page.getByRole('button', { name: /^Mark year/ })).toHaveCount(0);
  await rep.close();
});

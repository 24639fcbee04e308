import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectFieldError, fact, minimalPdf, nav, programToday, signIn } from './helpers';

/** "13 h 30 min" → 810. */
function minutesIn(text: string): number {
  const m = /(\d+) h (\d+) min/.exec(text);
  expect(m, `a time in “${text}”`).toBeTruthy();
  return Number(m![1]) * 60 + Number(m![2]);
}

/** The program year today falls in, on the candidate's professional learning page. */
function thisYear(page: Page): Locator {
  return page.getByRole('region', { name: /^Program year \d+ \(this year\)/ });
}

async function countedThisYear(page: Page): Promise<number> {
  return minutesIn(await fact(thisYear(page), 'Counted').innerText());
}

test('a candidate records an alternative PL with its three PDFs and submits it; the coordinator approves it and the hours count', async ({
  browser,
}) => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const title = `Equity in education ${run}`;
  const today = programToday();

  // 1. Sofia Alvarez opens her professional learning from her home screen: her PL hours so far.
  const candidateContext = await browser.newContext();
  const candidate = await candidateContext.newPage();
  await signIn(candidate, 'cand.alvarez');
  await expect(candidate.getByRole('heading', { name: 'Welcome, Sofia Alvarez' })).toBeVisible();
  await candidate.getByRole('main').getByRole('link', { name: 'My professional learning' }).click();
  await expect(candidate.getByRole('heading', { level: 1, name: 'My professional learning' })).toBeVisible();
  await expect(thisYear(candidate)).toBeVisible();
  const before = await countedThisYear(candidate);
  const totalBefore = minutesIn(await candidate.getByText(/^Whole program: /).innerText());

  // 2. She records the PL: it is created once it has a title, a date and its hours.
  await candidate.getByRole('link', { name: 'Record an alternative PL' }).click();
  await expect(candidate.getByRole('heading', { level: 1, name: /^PL reflection form/ })).toBeVisible();
  await candidate.getByLabel(/^Title of professional learning/).fill(title);
  await candidate.getByLabel(/^Date of professional learning/).fill(today.iso);
  await candidate.getByLabel(/^Hours/).fill('6');
  await expect(candidate).toHaveURL(/\/professional-learning\/[0-9a-f-]{36}$/);
  await expect(candidate.getByText(/^Saved at \d{2}:\d{2}$/)).toBeVisible();
  await expect(candidate.getByRole('heading', { level: 1 })).toContainText('Draft');
  await candidate.getByLabel('Which ILP does this relate to?').selectOption({ index: 1 });

  // 3. Submitted too early: the server names the reflection's missing answers, beside each field.
  await candidate.getByRole('button', { name: 'Submit', exact: true }).click();
  const refusal = candidate.getByRole('alert').filter({ hasText: /^Not submitted/ });
  await expect(refusal).toContainText('Which CPSEL(s) does this PL help you grow in?');
  await expectFieldError(candidate.getByRole('checkbox', { name: /^2 — / }));
  await expectFieldError(candidate.getByLabel(/^Where are you on the continuum prior to the PL/));
  await expectFieldError(candidate.getByLabel(/^Please give a summary/));

  // 4. The rest of the reflection form.
  await candidate.getByRole('checkbox', { name: /^2 — / }).check();
  await candidate.getByRole('checkbox', { name: /^3 — / }).check();
  await candidate.getByLabel(/^Where are you on the continuum prior to the PL/).selectOption('2');
  await candidate.getByLabel(/^Where are you on the continuum after the PL/).selectOption('3');
  await candidate.getByLabel(/^Please give a summary/).fill(`Equity audits I will run with my grade-level teams (${run})`);
  await expect(candidate.getByText(/^Saved at \d{2}:\d{2}$/)).toBeVisible();

  // 5. The three PDFs, each in its slot: a drop zone, a progress bar, then the attached file.
  const slots: [RegExp, string][] = [
    [/^PL reflection form/, 'reflection form.pdf'],
    [/^Agenda/, 'agenda.pdf'],
    [/^Sign-in sheet/, 'sign-in sheet.pdf'],
  ];
  for (const [name, file] of slots) {
    const slot = candidate.getByRole('region', { name });
    await expect(slot).toContainText('Missing');
    await slot.getByLabel(/\(PDF\)/).setInputFiles({ name: file, mimeType: 'application/pdf', buffer: minimalPdf(`${file} ${run}`) });
    await slot.getByRole('button', { name: /^Upload / }).click();
    await expect(slot).toContainText('Attached');
    await expect(slot.getByRole('link', { name: new RegExp(`${title}.*\\.pdf$`) })).toBeVisible();
  }
  await expect(candidate.getByText('All three PDFs', { exact: true })).toBeVisible();

  // 6. Submitted: read-only, waiting for a coordinator.
  await candidate.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(candidate.getByText(/^Submitted: it waits for a coordinator’s approval/)).toBeVisible();
  await expect(candidate.getByRole('heading', { level: 1 })).toContainText('Submitted');
  await expect(candidate.getByLabel(/^Title of professional learning/)).toHaveCount(0);
  await expect(fact(candidate, 'Title of professional learning')).toHaveText(title);

  // Pending, not counted yet.
  await candidate.getByRole('link', { name: 'My professional learning' }).first().click();
  await expect(candidate.getByRole('heading', { level: 1, name: 'My professional learning' })).toBeVisible();
  await expect(fact(thisYear(candidate), 'Waiting for approval')).not.toHaveText('0 h 00 min');
  expect(await countedThisYear(candidate)).toBe(before);

  // 7. The coordinator finds it in the approval queue with its PDFs, and approves it with a reason.
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signIn(coordinator, 'coordinator');
  await expect(coordinator.getByRole('heading', { name: /^Welcome/ })).toBeVisible();
  await nav(coordinator).getByRole('link', { name: 'PL approvals' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'PL approvals' })).toBeVisible();
  const card = coordinator.getByRole('article', { name: title });
  await expect(card).toBeVisible();
  await expect(fact(card, 'Candidate')).toHaveText('Sofia Alvarez');
  await expect(fact(card, 'Hours')).toHaveText('6 h 00 min');
  await expect(fact(card, 'Missing')).toHaveText('Nothing');
  await expect(card.getByRole('link', { name: /\.pdf$/ })).toHaveCount(3);
  const saving = coordinator.waitForEvent('download');
  await card.getByRole('link', { name: /PL agenda\.pdf$/ }).click();
  expect((await saving).suggestedFilename()).toContain(title);

  // A decision needs its reason.
  await card.getByRole('button', { name: /^Approve/ }).click();
  await expectFieldError(card.getByLabel(/^Reason for the decision/));
  await card.getByLabel(/^Reason for the decision/).fill('All three documents are here.');
  await card.getByRole('button', { name: /^Approve/ }).click();
  await expect(coordinator.getByText(`“${title}” of Sofia Alvarez is approved.`)).toBeVisible();
  await expect(coordinator.getByRole('article', { name: title })).toHaveCount(0);
  await coordinatorContext.close();

  // 8. Her hours count it: this year's and the whole program's counted hours went up by its 6 hours.
  await candidate.reload();
  await expect(thisYear(candidate)).toBeVisible();
  expect(await countedThisYear(candidate)).toBe(before + 360);
  expect(minutesIn(await candidate.getByText(/^Whole program: /).innerText())).toBe(totalBefore + 360);
  const line = thisYear(candidate).getByRole('row', { name: new RegExp(title) });
  await expect(line).toContainText('Alternative PL');
  await expect(line).toContainText('Counted');
  const record = candidate.getByRole('row', { name: new RegExp(`^${title}`) }).filter({ hasText: 'Approved' });
  await expect(record).toContainText('All three documents are here.');
  await candidateContext.close();
});

import { expect, test } from '@playwright/test';
import { nav, signIn } from './helpers';

/**
 * Runs after completion.spec.ts (files run in alphabetical order against one server): Elena Evans is recommended
 * there, so the coordinator puts her on a roster here, prints it, marks it submitted, and Elena
 * sees on her form that her name went to the credential office.
 */
test('a recommended candidate goes on the completion roster, which is submitted, and she is told', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, 'coordinator');
  await nav(page).getByRole('link', { name: 'Completion rosters' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Completion rosters' })).toBeVisible();
  const choices = page.getByRole('group', { name: 'Recommended candidates not yet on a roster' });
  await choices.getByLabel(/Elena Evans/).check();
  await page.getByRole('button', { name: 'Put on a roster' }).click();
  const roster = page.getByRole('article', { name: /^Roster of/ }).first();
  await expect(roster.getByRole('rowheader', { name: 'Elena Evans' })).toBeVisible();
  await expect(page.getByText('Every recommended candidate is on a roster.')).toBeVisible();

  await roster.getByRole('link', { name: 'Print' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Completion Candidate Roster' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Elena Evans' })).toBeVisible();
  await page.goBack();

  await roster.getByRole('button', { name: 'Mark submitted…' }).click();
  await roster.getByRole('button', { name: 'Mark submitted' }).click();
  await expect(roster).toContainText('Submitted to the credential office by Casey Coordinator');
  await context.close();

  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const candidate = await phone.newPage();
  await signIn(candidate, 'cand.evans');
  await candidate.getByRole('main').getByRole('link', { name: 'Program Completion Verification' }).click();
  await expect(candidate.getByText(/^Sent to the credential office/)).toBeVisible();
  await phone.close();
});

test('a coach’s caseload lists each candidate’s follow-ups, never fees or requests', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await phone.newPage();
  await signIn(page, 'coach.rivera');
  await nav(page).getByRole('link', { name: 'Caseload' }).click();
  const followUp = page.getByRole('region', { name: 'Follow-up' });
  const brooks = followUp.getByRole('listitem').filter({ hasText: 'Marcus Brooks:' });
  await expect(brooks).toContainText('Reflection overdue');
  await expect(brooks).not.toContainText('Installments overdue');
  await expect(brooks).not.toContainText('Requests waiting');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await phone.close();
});

import { expect, test } from '@playwright/test';
import { nav, programToday, signIn } from './helpers';

test('a candidate writes an ILP and puts it into action; the coach comments on a step and the candidate reads it', async ({ browser }) => {
  // Words of this run only, so the plan is found among any earlier runs' on a kept server.
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const focus = `Grade-level teams use intervention time differently (${run})`;
  const goal = `Every PLC meets weekly in the school day and plans for four groups by June (${run})`;
  const firstStep = `Meet the grade-level chairs about intervention (${run})`;
  const secondStep = `Build PLC time into the master schedule (${run})`;
  const comment = `Bring the music teachers' schedule to our next session (${run})`;

  // 1. From her home, "My ILPs", then "Add an ILP"; the draft saves as she types.
  const candidateContext = await browser.newContext();
  const candidate = await candidateContext.newPage();
  await signIn(candidate, 'cand.alvarez');
  await expect(candidate.getByRole('heading', { name: 'Welcome, Sofia Alvarez' })).toBeVisible();
  await candidate.getByRole('main').getByRole('link', { name: 'My ILPs' }).click();
  await candidate.getByRole('link', { name: 'Add an ILP' }).click();
  await expect(candidate.getByRole('heading', { name: 'Individual Leadership Plan' })).toBeVisible();
  await candidate.getByRole('checkbox', { name: /^2 — / }).check();
  await candidate.getByLabel(/^What is your current focus\/reality/).fill(focus);
  await candidate.getByLabel(/^Based on your focus, what is your SMART goal/).fill(goal);
  await candidate.getByRole('button', { name: 'Add an action step' }).click();
  const first = candidate.getByRole('group', { name: 'Action step 1' });
  await first.getByLabel('Action step', { exact: true }).fill(firstStep);
  await first.getByLabel('People involved').fill('Administration, grade-level chairs');
  await first.getByLabel('Due date').fill(programToday().iso);
  await expect(candidate).toHaveURL(/\/ilps\/[0-9a-f-]{36}\/edit$/);
  await candidate.getByRole('button', { name: 'Add an action step' }).click();
  const second = candidate.getByRole('group', { name: 'Action step 2' });
  await second.getByLabel('Action step', { exact: true }).fill(secondStep);
  await second.getByLabel('Resources').fill('Master schedule, intervention funds');

  // 2. The page is reloaded at once: nothing typed is lost.
  await candidate.reload();
  await expect(candidate.getByRole('checkbox', { name: /^2 — / })).toBeChecked();
  await expect(candidate.getByLabel(/^What is your current focus\/reality/)).toHaveValue(focus);
  await expect(candidate.getByLabel(/^Based on your focus, what is your SMART goal/)).toHaveValue(goal);
  await expect(first.getByLabel('Action step', { exact: true })).toHaveValue(firstStep);
  await expect(first.getByLabel('Due date')).toHaveValue(programToday().iso);
  await expect(second.getByLabel('Action step', { exact: true })).toHaveValue(secondStep);
  await expect(second.getByLabel('Resources')).toHaveValue('Master schedule, intervention funds');
  await expect(candidate.getByText(/^Saved at \d{2}:\d{2}$/)).toBeVisible();

  // 3. Into action.
  await candidate.getByRole('button', { name: 'Put into action' }).click();
  await expect(candidate.getByText('The plan is in action.')).toBeVisible();
  await nav(candidate).getByRole('link', { name: 'My ILPs' }).click();
  const row = candidate.getByRole('row').filter({ hasText: focus });
  await expect(row).toContainText('In action');
  await expect(row).toContainText('0 of 2');

  // 4. The coach opens it from the caseload and comments on the second step.
  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await signIn(coach, 'coach.rivera');
  await nav(coach).getByRole('link', { name: 'Caseload' }).click();
  await coach.getByRole('article', { name: 'Sofia Alvarez' }).getByRole('link', { name: 'ILPs of Sofia Alvarez' }).click();
  await coach.getByRole('link', { name: focus }).click();
  const step = coach.getByRole('region', { name: 'Action step 2' });
  await expect(step).toContainText(secondStep);
  await step.getByLabel('Comment on action step 2').fill(comment);
  await step.getByRole('button', { name: 'Add comment on action step 2' }).click();
  await expect(step.getByRole('list', { name: 'Comments on action step 2' })).toContainText(comment);

  // 5. The candidate finds the comment beside that step.
  await row.getByRole('link').click();
  const hers = candidate.getByRole('region', { name: 'Action step 2' }).getByRole('list', { name: 'Comments on action step 2' });
  await expect(hers).toContainText(comment);
  await expect(hers).toContainText('Maya Rivera');

  await candidateContext.close();
  await coachContext.close();
});

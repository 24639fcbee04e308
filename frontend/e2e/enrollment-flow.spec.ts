import { expect, test } from '@playwright/test';
import { createAccount, newPerson, selectOptionContaining, signIn } from './helpers';

test('coordinator enrolls a new candidate with a coach; coach and candidate see each other', async ({ browser }) => {
  const candidate = newPerson('Erin Test', 'e2e');

  // 1. The coordinator creates the account, enrolls it and assigns Daniel Okafor.
  const coordinatorContext = await browser.newContext();
  const page = await coordinatorContext.newPage();
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { name: 'Welcome, Casey Coordinator' })).toBeVisible();

  const create = await createAccount(page, candidate);

  await create.getByRole('link', { name: `Enroll ${candidate.name} as a candidate` }).click();
  await expect(page.getByRole('heading', { name: 'New enrollment' })).toBeVisible();
  const account = page.getByLabel(/^Account/);
  await expect(account).toHaveValue(/[0-9a-f-]{36}/);
  await expect(account.locator('option:checked')).toContainText(candidate.username);
  await selectOptionContaining(page.getByLabel(/^Cohort/), 'Cohort A');
  await expect(page.getByLabel(/^Start date/)).not.toHaveValue('');
  await selectOptionContaining(page.getByLabel(/^District/), 'Sierra Unified');
  await page.getByLabel(/^Position/).selectOption({ label: 'Principal' });
  await page.getByLabel(/^Employment/).selectOption({ label: 'Full time' });
  await page.getByLabel(/^Cost structure/).selectOption({ label: 'Program provides the coach' });
  await page.getByLabel(/^Site/).fill('Lincoln Elementary');
  await page.getByRole('button', { name: 'Enroll candidate' }).click();

  await expect(page.getByRole('heading', { level: 1, name: candidate.name })).toBeVisible();
  const assign = page.getByRole('form', { name: 'Assign a coach' });
  await selectOptionContaining(assign.getByLabel(/^Coach$|^Coach \*/), 'Daniel Okafor');
  await assign.getByRole('button', { name: 'Assign coach' }).click();
  const history = page.getByRole('region', { name: 'Coach assignments' }).getByRole('table');
  await expect(history.getByRole('row', { name: /Daniel Okafor.*Current/ })).toBeVisible();
  await coordinatorContext.close();

  // 2. Daniel Okafor sees the new candidate on his home screen.
  const coachContext = await browser.newContext();
  const coachPage = await coachContext.newPage();
  await signIn(coachPage, 'coach.okafor');
  const mine = coachPage.getByRole('region', { name: 'My candidates' });
  await expect(mine.getByRole('row', { name: new RegExp(candidate.name) })).toContainText('Cohort A');
  await expect(mine.getByRole('row', { name: new RegExp(candidate.name) })).toContainText('Sierra Unified');
  await coachContext.close();

  // 3. The candidate signs in with the temporary password, must choose a new one,
  //    then sees Daniel Okafor as their coach.
  const candidateContext = await browser.newContext();
  const candidatePage = await candidateContext.newPage();
  await signIn(candidatePage, candidate.username, candidate.temporary);
  await expect(candidatePage.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await expect(candidatePage.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await candidatePage.getByLabel(/^Temporary password/).fill(candidate.temporary);
  await candidatePage.getByLabel(/^New password/).fill(candidate.chosen);
  await candidatePage.getByLabel(/^Confirm new password/).fill(candidate.chosen);
  await candidatePage.getByRole('button', { name: 'Change password' }).click();

  await expect(candidatePage.getByRole('heading', { name: `Welcome, ${candidate.name}` })).toBeVisible();
  const program = candidatePage.getByRole('region', { name: 'My program' });
  await expect(program).toContainText('Cohort A');
  await expect(program).toContainText('Daniel Okafor');
  await candidateContext.close();
});

import { expect, test, type Page } from '@playwright/test';
import { expectFieldError, nav, signIn } from './helpers';

async function openSettings(page: Page) {
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { name: 'Welcome, Casey Coordinator' })).toBeVisible();
  await nav(page).getByRole('link', { name: 'Program settings' }).click();
  await expect(page.getByRole('heading', { name: 'Program settings' })).toBeVisible();
}

async function save(page: Page) {
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
}

test('a coordinator adds an activity code; the coach finds it on the coaching log', async ({ browser }) => {
  const coordinatorContext = await browser.newContext();
  const page = await coordinatorContext.newPage();
  await openSettings(page);
  const activities = page.getByRole('group', { name: 'Coaching log activities' });

  // 1. From the handbook's ten, add G — Site visit and save.
  await activities.getByRole('button', { name: 'Restore the handbook’s list' }).click();
  await activities.getByRole('button', { name: 'Add activity' }).click();
  await activities.getByRole('textbox', { name: 'Code 11' }).fill('G');
  await activities.getByRole('textbox', { name: 'Activity 11' }).fill('Site visit');
  await save(page);

  // 2. The coach starts a log for one of their candidates and can tick it.
  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await signIn(coach, 'coach.rivera');
  await expect(coach.getByRole('heading', { name: /^Welcome/ })).toBeVisible();
  await coach.getByRole('link', { name: 'Add coaching log for Marcus Brooks' }).click();
  await expect(coach.getByRole('heading', { name: 'Collaborative coaching log' })).toBeVisible();
  await expect(coach.getByRole('checkbox', { name: 'G. Site visit' })).toBeVisible();
  await coachContext.close();

  // 3. A second G is refused beside its row.
  await activities.getByRole('button', { name: 'Add activity' }).click();
  await activities.getByRole('textbox', { name: 'Code 12' }).fill('G');
  await activities.getByRole('textbox', { name: 'Activity 12' }).fill('Second site visit');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(await expectFieldError(activities.getByRole('textbox', { name: 'Code 12' }))).toContainText('listed twice');
  await expect(activities.getByRole('textbox', { name: 'Code 11' })).not.toHaveAttribute('aria-invalid', 'true');

  // 4. Back to the handbook's list for the other tests.
  await activities.getByRole('button', { name: 'Restore the handbook’s list' }).click();
  await save(page);
  await coordinatorContext.close();
});

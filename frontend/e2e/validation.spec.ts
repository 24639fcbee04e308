import { expect, test } from '@playwright/test';
import { expectFieldError, nav, signIn, temporaryPasswordField } from './helpers';

test.beforeEach(async ({ page }) => {
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { name: 'Welcome, Casey Coordinator' })).toBeVisible();
});

test('a short temporary password is refused beside its field', async ({ page }) => {
  const run = Date.now().toString(36);
  await nav(page).getByRole('link', { name: 'Accounts' }).click();
  const create = page.getByRole('region', { name: 'Create an account' });
  await create.getByLabel(/^Full name/).fill(`Short Password ${run}`);
  await create.getByLabel(/^Username/).fill(`short.${run}`);
  await create.getByRole('textbox', { name: /^Email/ }).fill(`short.${run}@example.org`);
  const password = await temporaryPasswordField(create);
  await password.fill('short');
  await create.getByRole('button', { name: 'Create account' }).click();

  await expectFieldError(password);
  // Nothing else was wrong, and what was typed is still there.
  await expect(create.getByLabel(/^Username/)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(create.getByLabel(/^Username/)).toHaveValue(`short.${run}`);
});

test('a cohort without a label is refused beside the label field', async ({ page }) => {
  await nav(page).getByRole('link', { name: 'Cohorts' }).click();
  const create = page.getByRole('region', { name: 'Create a cohort' });
  await create.getByLabel(/^Start date/).fill('2027-09-01');
  await create.getByRole('button', { name: 'Create cohort' }).click();

  await expectFieldError(create.getByLabel(/^Label/));
  await expect(create.getByLabel(/^Start date/)).toHaveValue('2027-09-01');
});

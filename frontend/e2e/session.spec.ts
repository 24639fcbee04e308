import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

/**
 * The page keeps no token a script could read: the access token lives in memory and the
 * refresh token in an HttpOnly cookie. A reload signs the person back in with the cookie; after
 * signing out, a reload shows the sign-in form.
 */
test('a reload keeps the person signed in; signing out ends it', async ({ page, context }) => {
  await signIn(page, 'coordinator');
  await expect(page.getByRole('heading', { name: 'Welcome, Casey Coordinator' })).toBeVisible();
  const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }));
  expect(stored).not.toContain('eyJ'); // no token (a JWT) kept where a script reads it
  const cookies = await context.cookies();
  const refresh = cookies.find((c) => c.name === 'coachfolio_refresh');
  expect(refresh).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api/auth/refresh' });
  expect(await page.evaluate(() => document.cookie)).not.toContain('coachfolio_refresh');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome, Casey Coordinator' })).toBeVisible();
  await expect(page.getByLabel(/^Username or email/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByLabel(/^Username or email/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/^Username or email/)).toBeVisible();
  expect((await context.cookies()).some((c) => c.name === 'coachfolio_refresh')).toBe(false);
});

import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, fact, nav, signedIn, signIn } from './helpers';

/**
 * The coordinator's portfolio review. It reads only: the candidates it checks are those the
 * specs before it (alphabetically, on the same server) leave with these follow-ups — Marcus
 * Brooks's request waits until requests.spec.ts decides it, Lily Chen's installments stay overdue
 * whatever her plan. Elena Evans is completed by completion.spec.ts, so she is not checked here.
 */

async function openReview(page: Page) {
  await nav(page).getByRole('link', { name: 'Portfolio review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Portfolio review' })).toBeVisible();
  await expect(page.getByText(/^As of /)).toBeVisible();
}

test('the coordinator reviews the portfolios: follow-ups with their details, the ten items, a filter kept in the CSV', async ({
  browser,
}) => {
  const { page, close } = await signedIn(browser, 'coordinator');
  await openReview(page);

  // Each candidate with their follow-ups, and the form's ten items in words.
  const chen = page.getByRole('article', { name: 'Lily Chen' });
  await expect(fact(chen, 'Follow-ups')).toContainText(/Installments overdue: \$[\d.]+ overdue/);
  const brooks = page.getByRole('article', { name: 'Marcus Brooks' });
  await expect(fact(brooks, 'Follow-ups')).toContainText('Requests waiting: 1 waiting for a decision');
  await expect(brooks).toContainText(/\d+ of 10 completion items met/);
  const items = brooks.getByRole('list', { name: 'Completion items of Marcus Brooks' }).getByRole('listitem');
  await expect(items).toHaveCount(10);
  for (let i = 0; i < 10; i += 1) await expect(items.nth(i)).toHaveText(/^(Met|Not met|Not yet due)\S/);
  await expect(page.getByRole('article', { name: 'Sofia Alvarez' })).toBeVisible();

  // Only the candidates with requests waiting: Marcus Brooks; the filter is in the address and the CSV.
  await page.getByLabel('Follow-up').selectOption({ label: 'Requests waiting' });
  await expect(page).toHaveURL(/[?&]flag=open_requests\b/);
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article', { name: 'Marcus Brooks' })).toBeVisible();
  const csvLink = page.getByRole('link', { name: 'Download CSV' });
  await expect(csvLink).toHaveAttribute('href', /portfolio-review\.csv\?flag=open_requests$/);
  const saving = page.waitForEvent('download');
  await csvLink.click();
  const download = await saving;
  expect(download.suggestedFilename()).toMatch(/^portfolio-review.*\.csv$/);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv).toContain('Marcus Brooks');
  expect(csv).not.toContain('Lily Chen');

  // His line leads to his Program Completion Verification.
  await page.getByRole('link', { name: 'Completion of Marcus Brooks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Program Completion Verification' })).toBeVisible();
  await close();
});

test('on a phone the review fits the screen', async ({ browser }) => {
  const { page, close } = await signedIn(browser, 'coordinator', true);
  await openReview(page);
  await expect(page.getByRole('article', { name: 'Marcus Brooks' })).toBeVisible();
  await expectNoHorizontalScroll(page);
  await close();
});

for (const login of ['district.rep', 'coach.rivera']) {
  test(`${login} is not offered the portfolio review`, async ({ page }) => {
    await signIn(page, login);
    await expect(page.getByRole('heading', { name: /^Welcome/ })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Enrollments' }).or(nav(page).getByRole('link', { name: 'Caseload' }))).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Portfolio review' })).toHaveCount(0);
  });
}

import { expect, test } from '@playwright/test';
import { balanceOn, DEMO_PASSWORD, fact, nav, signIn } from './helpers';

test('a coordinator records a change of district from a day and the remaining installments follow the new plan', async ({ page, request }) => {
  await signIn(page, 'coordinator');
  await nav(page).getByRole('link', { name: 'Receivables' }).click();
  await page.getByRole('table', { name: 'Program fee balance per candidate' }).getByRole('link', { name: 'Lily Chen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Payment information/ })).toContainText('Lily Chen');
  const enrollmentId = /\/enrollments\/([0-9a-f-]{36})\/fees$/.exec(page.url())![1]!;

  // The day her plan changes: her enrollment's first day, so every installment still unpaid follows it.
  const login = await request.post('/api/auth/login', { data: { login: 'coordinator', password: DEMO_PASSWORD } });
  const auth = { Authorization: `Bearer ${((await login.json()) as { access_token: string }).access_token}` };
  const enrollment = (await (await request.get(`/api/enrollments/${enrollmentId}`, { headers: auth })).json()) as {
    start_date: string;
    cost_structure: string;
  };
  const toDistrictCoach = enrollment.cost_structure === 'program_provides_coach';
  const next = toDistrictCoach ? 'District provides the coach' : 'Program provides the coach';
  const before = await balanceOn(page);
  const changesBefore = await page.getByRole('table', { name: 'Changes of plan' }).getByRole('row').count();

  const form = page.getByRole('region', { name: 'Change of district or payer' });
  await form.getByRole('button', { name: 'Change the plan' }).click();
  await expect(form.getByText('Give the day the new plan starts.')).toBeVisible();
  await form.getByLabel(/^From/).fill(enrollment.start_date);
  await form.getByLabel(/^Cost structure/).selectOption({ label: next });
  await form.getByLabel(/^Note/).fill('Moved districts');
  await form.getByRole('button', { name: 'Change the plan' }).click();
  await expect(form.getByRole('status')).toContainText('The plan changes from');

  await expect(fact(page, 'Cost structure')).toHaveText(next);
  // $7,000 against $4,000 over two years: $3,000 less (or more) to pay, nothing of it paid yet.
  await expect.poll(() => balanceOn(page)).toBe(before + (toDistrictCoach ? -300_000 : 300_000));
  const changes = page.getByRole('table', { name: 'Changes of plan' });
  await expect(changes.getByRole('row')).toHaveCount(Math.max(changesBefore, 1) + 1);
  await expect(changes.getByRole('row').last()).toContainText(`→ ${next}`);
  await expect(changes.getByRole('row').last()).toContainText('Moved districts');
});

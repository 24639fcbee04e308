import { expect, test } from '@playwright/test';
import { balanceOn, expectFieldError, fact, nav, signIn } from './helpers';

test('the coordinator records a payment and reverses it; the candidate sees the balance; the coach sees no fees', async ({ browser }) => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const reference = `Check ${run}`;

  // 1. The coordinator opens the receivables from the navigation: overdue first, with totals.
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signIn(coordinator, 'coordinator');
  await expect(coordinator.getByRole('heading', { name: 'Welcome, Casey Coordinator' })).toBeVisible();
  await nav(coordinator).getByRole('link', { name: 'Receivables' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Receivables' })).toBeVisible();
  const receivables = coordinator.getByRole('table', { name: 'Program fee balance per candidate' });
  await expect(receivables.getByRole('row', { name: /^Total/ })).toBeVisible();
  await expect(coordinator.getByRole('link', { name: 'Download CSV' })).toBeVisible();

  // 2. Marcus Brooks's name leads to his payment information.
  await receivables.getByRole('link', { name: 'Marcus Brooks' }).click();
  await expect(coordinator).toHaveURL(/\/enrollments\/[0-9a-f-]{36}\/fees$/);
  const enrollmentId = /\/enrollments\/([0-9a-f-]{36})\/fees$/.exec(coordinator.url())![1]!;
  await expect(coordinator.getByRole('heading', { level: 1, name: /^Payment information/ })).toContainText('Marcus Brooks');
  await expect(coordinator.getByRole('table', { name: 'Installments of the program fee' })).toBeVisible();
  const before = await balanceOn(coordinator);

  // 3. A bad amount is refused beside the field before anything is sent.
  const form = coordinator.getByRole('region', { name: 'Record a payment' });
  const amount = form.getByLabel(/^Amount \(dollars\)/);
  await form.getByLabel(/^Method/).selectOption({ label: 'Personal check' });
  await form.getByLabel(/^Reference/).fill(reference);
  for (const bad of ['0', 'abc']) {
    await amount.fill(bad);
    await form.getByRole('button', { name: 'Record payment' }).click();
    await expect(await expectFieldError(amount)).toContainText(bad === '0' ? 'more than $0.00' : 'Enter dollars and cents');
  }
  expect(await balanceOn(coordinator)).toBe(before);

  // 4. $1,000.00 by personal check: the balance goes down by $1,000.00.
  await amount.fill('1,000.00');
  await form.getByRole('button', { name: 'Record payment' }).click();
  await expect(form.getByRole('status')).toContainText(/Payment of \$1,000\.00 on .* recorded\./);
  await expect.poll(() => balanceOn(coordinator)).toBe(before - 100_000);
  const payments = coordinator.getByRole('table', { name: 'Payments made' });
  const line = payments.getByRole('row').filter({ hasText: reference });
  await expect(line).toHaveCount(1);
  await expect(line).toContainText('$1,000.00');
  await expect(line).toContainText('Personal check');

  // 5. Reversed, with a reason (asked for first): a negative line with the reason; the balance is back.
  await line.getByRole('button', { name: /^Reverse the payment of \$1,000\.00/ }).click();
  await line.getByRole('button', { name: 'Reverse payment' }).click();
  await expectFieldError(line.getByLabel(/^Reason for the reversal/));
  await line.getByLabel(/^Reason for the reversal/).fill(`Check returned by the bank (${run})`);
  await line.getByRole('button', { name: 'Reverse payment' }).click();
  await expect.poll(() => balanceOn(coordinator)).toBe(before);
  const reversal = payments.getByRole('row').filter({ hasText: `Check returned by the bank (${run})` });
  await expect(reversal).toContainText('-$1,000.00');
  await expect(reversal).toContainText('Reversal of the payment of');
  const lines = payments.getByRole('row').filter({ hasText: reference });
  await expect(lines).toHaveCount(2);
  // Neither the reversed payment nor its reversal can be reversed again.
  await expect(lines.getByRole('button', { name: /^Reverse/ })).toHaveCount(0);
  await expect(lines.first()).toContainText('Reversed');
  await coordinatorContext.close();

  // 6. Marcus Brooks sees his payment information on his home screen, with the same balance.
  const candidateContext = await browser.newContext();
  const candidate = await candidateContext.newPage();
  await signIn(candidate, 'cand.brooks');
  await expect(candidate.getByRole('heading', { name: 'Welcome, Marcus Brooks' })).toBeVisible();
  await expect(candidate.getByRole('heading', { name: 'Payment information' })).toBeVisible();
  await expect.poll(() => balanceOn(candidate)).toBe(before);
  await expect(fact(candidate, 'Program fee')).toContainText('$');
  await candidate.getByRole('link', { name: 'My payment information' }).click();
  await expect(candidate.getByRole('heading', { level: 1, name: /^Payment information/ })).toBeVisible();
  expect(await balanceOn(candidate)).toBe(before);
  await expect(candidate.getByRole('table', { name: 'Payments made' }).getByRole('row').filter({ hasText: reference })).toHaveCount(2);
  await expect(candidate.getByRole('heading', { name: 'Record a payment' })).toHaveCount(0);
  await expect(candidate.getByRole('button', { name: /^Reverse/ })).toHaveCount(0);
  await candidateContext.close();

  // 7. His coach has no fees link, and the page itself says plainly that fees are not hers to see.
  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await signIn(coach, 'coach.rivera');
  await expect(coach.getByRole('heading', { name: 'My candidates' })).toBeVisible();
  await expect(nav(coach).getByRole('link', { name: 'Receivables' })).toHaveCount(0);
  await coach.getByRole('region', { name: 'My candidates' }).getByRole('link', { name: 'Marcus Brooks', exact: true }).click();
  await expect(coach.getByRole('heading', { level: 1, name: 'Marcus Brooks' })).toBeVisible();
  const records = coach.getByRole('navigation', { name: 'Records of this candidate' });
  await expect(records.getByRole('link', { name: 'Coaching logs' })).toBeVisible();
  await expect(records.getByRole('link', { name: 'Payment information' })).toHaveCount(0);
  // The enrollment says who pays the program fee, not what was paid.
  await expect(fact(coach, 'Program fee paid by')).toHaveText(/^(Agency\/District \(Plan A\)|Candidate \(Plan B\))$/);
  await coach.goto(`/enrollments/${enrollmentId}/fees`);
  await expect(coach.getByRole('alert')).toContainText('You cannot see this candidate’s payment information.');
  await expect(coach.getByRole('table', { name: 'Installments of the program fee' })).toHaveCount(0);
  await coachContext.close();
});

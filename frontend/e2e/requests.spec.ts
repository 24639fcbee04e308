import { expect, test, type Locator, type Page } from '@playwright/test';
import { balanceOn, expectFieldError, fact, nav, signIn } from './helpers';

async function programYearsOn(scope: Page | Locator): Promise<number> {
  return Number(await fact(scope, 'Program years').innerText());
}

/**
 * Marcus Brooks asks for an extension; the coordinator sees it waiting for the director; the
 * director takes it under review and approves it; Marcus is then extended by a year and owes
 * the extension fee. Every spec that relies on Marcus Brooks's enrollment runs before this one
 * (alphabetically), and those after it use Lily Chen or no candidate.
 */
test('a candidate asks for an extension; the director, not the coordinator, decides it; the candidate is extended and owes the fee', async ({
  browser,
}) => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const reason = `Documented family leave (${run})`;

  // 1. Marcus Brooks reads his program years and his balance on his home screen.
  const candidateContext = await browser.newContext();
  const candidate = await candidateContext.newPage();
  await signIn(candidate, 'cand.brooks');
  await expect(candidate.getByRole('heading', { name: 'Welcome, Marcus Brooks' })).toBeVisible();
  const myProgram = candidate.getByRole('region', { name: 'My program' });
  await expect(fact(myProgram, 'Remaining balance')).toContainText('$');
  const yearsBefore = await programYearsOn(myProgram);
  const balanceBefore = await balanceOn(myProgram);

  // 2. From the home's Requests section to a new extension request, on the handbook's form.
  await expect(myProgram.getByRole('heading', { name: 'Requests' })).toBeVisible();
  await myProgram.getByRole('link', { name: 'My requests' }).click();
  await expect(candidate.getByRole('heading', { level: 1, name: 'My requests' })).toBeVisible();
  await candidate.getByRole('button', { name: 'New request' }).click();
  const form = candidate.getByRole('region', { name: 'New request' });
  await form.getByRole('radio', { name: 'Program Extension Request' }).check();
  await form.getByLabel(/^Reason for the extension/).selectOption({ label: 'Maternity or family leave' });
  await form.getByLabel(/^Circumstances/).fill(`On family leave from January to June (${run}).`);

  // 3. A blank completion plan is refused beside its field; what was typed stays.
  await form.getByRole('button', { name: 'Submit request' }).click();
  const plan = form.getByLabel(/^Individual completion plan/);
  await expectFieldError(plan);
  await expect(form.getByLabel(/^Circumstances/)).toHaveValue(`On family leave from January to June (${run}).`);
  await plan.fill('Coaching hours from July; the two missed cohort meetings in the fall; the ending reflection in May.');
  await form.getByRole('button', { name: 'Submit request' }).click();

  // 4. The request's page: the form as submitted, waiting for review.
  await expect(candidate).toHaveURL(/\/requests\/[0-9a-f-]{36}$/);
  const requestPath = new URL(candidate.url()).pathname;
  await expect(candidate.getByRole('heading', { level: 1, name: /^Program Extension Request/ })).toContainText('Submitted');
  await expect(fact(candidate, 'Reason for the extension')).toHaveText('Maternity or family leave');
  await expect(candidate.getByRole('list', { name: 'Steps of the request' })).toContainText('Submitted by Marcus Brooks');

  // 5. The coordinator finds it in the queue, decided by the director: she may take it under review, not decide it.
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signIn(coordinator, 'coordinator');
  await expect(coordinator.getByRole('heading', { name: 'Welcome, Casey Coordinator' })).toBeVisible();
  await nav(coordinator).getByRole('link', { name: 'Requests' }).click();
  await expect(coordinator.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible();
  const coordinatorRow = coordinator.getByRole('row', { name: /Marcus Brooks/ }).filter({ hasText: 'Extension' });
  await expect(coordinatorRow).toHaveCount(1);
  await expect(coordinatorRow).toContainText('Program director');
  await expect(coordinatorRow).not.toContainText('You decide');
  await coordinatorRow.getByRole('link', { name: /^Extension/ }).click();
  await expect(coordinator).toHaveURL(new RegExp(`${requestPath}$`));
  await expect(coordinator.getByRole('heading', { level: 1, name: /^Program Extension Request/ })).toBeVisible();
  await expect(coordinator.getByRole('button', { name: 'Take under review' })).toBeVisible();
  await expect(coordinator.getByRole('form', { name: 'Decide' })).toHaveCount(0);
  await expect(coordinator.getByRole('button', { name: 'Record the decision' })).toHaveCount(0);
  await coordinatorContext.close();

  // 6. The director sees it is hers to decide, takes it under review, then approves it with a reason.
  const directorContext = await browser.newContext();
  const director = await directorContext.newPage();
  await signIn(director, 'director');
  await expect(director.getByRole('heading', { name: 'Welcome, Dana Director' })).toBeVisible();
  await nav(director).getByRole('link', { name: 'Requests' }).click();
  const directorRow = director.getByRole('row', { name: /Marcus Brooks/ }).filter({ hasText: 'Extension' });
  await expect(directorRow).toContainText('You decide');
  await directorRow.getByRole('link', { name: /^Extension/ }).click();
  await expect(director).toHaveURL(new RegExp(`${requestPath}$`));
  // Not under review yet: nothing to decide.
  await expect(director.getByRole('form', { name: 'Decide' })).toHaveCount(0);
  const review = director.getByRole('form', { name: 'Take under review' });
  await review.getByLabel(/^Note/).fill(`Met with the candidate (${run})`);
  await review.getByRole('button', { name: 'Take under review' }).click();
  await expect(director.getByRole('status').filter({ hasText: 'The request is under review.' })).toBeVisible();
  await expect(director.getByRole('heading', { level: 1 })).toContainText('Under review');

  const decide = director.getByRole('form', { name: 'Decide' });
  await decide.getByRole('radio', { name: 'Approve' }).check();
  await decide.getByLabel(/^Reason for the decision/).fill(reason);
  await decide.getByRole('button', { name: 'Record the decision' }).click();
  await expect(director.getByRole('status').filter({ hasText: 'The request is approved.' })).toBeVisible();
  const decision = director.getByRole('region', { name: 'Decision' });
  await expect(decision).toContainText('Approved by Dana Director');
  await expect(decision).toContainText(reason);
  await expect(director.getByRole('heading', { level: 1 })).toContainText('Approved');
  await directorContext.close();

  // 7. Marcus is extended by one year, and his balance rose by exactly the extension fee, a line of its own.
  await candidate.goto('/');
  await expect(fact(myProgram, 'Status')).toHaveText('Extended');
  // Two program years on a fresh server: three now.
  await expect.poll(() => programYearsOn(myProgram)).toBe(yearsBefore + 1);
  await expect.poll(() => balanceOn(myProgram)).toBe(balanceBefore + 350_000);
  await myProgram.getByRole('link', { name: 'My payment information' }).click();
  const installments = candidate.getByRole('table', { name: 'Installments of the program fee' });
  await expect(installments.getByRole('row').filter({ hasText: 'Extension fee' })).toContainText('$3,500.00');

  // 8. His request shows the decision and its reason.
  await candidate.goto(requestPath);
  await expect(candidate.getByRole('region', { name: 'Decision' })).toContainText(reason);
  await expect(candidate.getByRole('list', { name: 'Steps of the request' })).toContainText(`Met with the candidate (${run})`);
  await candidateContext.close();
});

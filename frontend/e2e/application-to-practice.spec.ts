import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectFieldError, nav, signIn } from './helpers';

const MOST_GROWTH = ['1A', '1B', '2A', '3B', '6A'];
const FOCUS = ['2B', '3A', '4C', '5A', '6B'];

/**
 * The demo gives Sofia Alvarez a draft on her submitted interim reflection. A submitted
 * Application to Practice cannot be reopened, so this needs a fresh server (as the e2e server
 * script starts one).
 */
async function expectDemoDraft(request: APIRequestContext) {
  const login = await request.post('/api/auth/login', { data: { login: 'cand.alvarez', password: DEMO_PASSWORD } });
  const headers = { Authorization: `Bearer ${((await login.json()) as { access_token: string }).access_token}` };
  const [mine] = (await (await request.get('/api/me/enrollments', { headers })).json()) as { id: string }[];
  const atp = await request.get(`/api/enrollments/${mine!.id}/application-to-practice`, { headers });
  expect(atp.ok()).toBeTruthy();
  expect(((await atp.json()) as { status: string }).status, 'the demo draft (start the server afresh)').toBe('draft');
}

function part(page: Page, n: 1 | 2) {
  return page.getByRole('region', { name: new RegExp(`^Part ${n}: `) });
}

/** A focus element's plan: a group of fields in the form, a region read-only. */
function plan(page: Page, code: string, role: 'group' | 'region' = 'group') {
  return page.getByRole(role, { name: new RegExp(`^Action plan for ${code} `) });
}

async function choose(page: Page, n: 1 | 2, code: string, reason: string) {
  await part(page, n).getByLabel(/^Add an element of/).selectOption(code);
  await part(page, n).getByLabel(`Why ${code}?`).fill(reason);
}

async function writePlan(page: Page, code: string, desired: string, plans: string) {
  await plan(page, code).getByLabel(/^Desired score/).selectOption(desired);
  await plan(page, code).getByLabel(/^What might I be able to plan this coming year/).fill(plans);
}

test('a candidate writes her Application to Practice and submits it; her coach comments on a focus element and she reads it', async ({
  browser,
  request,
}) => {
  await expectDemoDraft(request);
  // Words of this run only, so that what the form shows after a reload is this run's.
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const why1A = `Led the vision retreat with the site council (${run})`;
  const why2B = `Walk-throughs showed uneven Tier 1 instruction (${run})`;
  const plans2B = `Lead a PLC cycle on formative assessment each quarter (${run})`;
  const comment = `Let us start with the grade 9 team in our next session (${run})`;

  // 1. From her home to the draft the demo began on her submitted interim.
  const candidateContext = await browser.newContext();
  const candidate = await candidateContext.newPage();
  await signIn(candidate, 'cand.alvarez');
  await expect(candidate.getByRole('heading', { name: 'Welcome, Sofia Alvarez' })).toBeVisible();
  await candidate.getByRole('region', { name: 'My program' }).getByRole('link', { name: 'Application to Practice', exact: true }).click();
  await expect(candidate).toHaveURL(/\/applications-to-practice\/[0-9a-f-]{36}$/);
  await expect(candidate.getByRole('heading', { name: /^Application to Practice/ })).toContainText('Draft');

  // 2. Part of it: two elements of most growth, one of focus with its plan; they save as she types.
  await choose(candidate, 1, '1A', why1A);
  await choose(candidate, 1, '1B', 'Staff co-wrote the vision statement.');
  await choose(candidate, 2, '2B', why2B);
  await expect(plan(candidate, '2B')).toContainText('Interim score: 2 Approaches');
  await writePlan(candidate, '2B', '3', plans2B);
  await expect(candidate.getByText(/^Saved at \d{2}:\d{2}$/)).toBeVisible();

  // 3. Reloaded: everything is there.
  await candidate.reload();
  await expect(part(candidate, 1).getByLabel('Why 1A?')).toHaveValue(why1A);
  await expect(part(candidate, 1).getByLabel('Why 1B?')).toHaveValue('Staff co-wrote the vision statement.');
  await expect(part(candidate, 2).getByLabel('Why 2B?')).toHaveValue(why2B);
  await expect(plan(candidate, '2B').getByLabel(/^Desired score/)).toHaveValue('3');
  await expect(plan(candidate, '2B').getByLabel(/^What might I be able to plan/)).toHaveValue(plans2B);
  await expect(part(candidate, 1).getByLabel('Add an element of most growth (2 of 5 chosen)')).toBeVisible();

  // 4. Submitted too early: the server names what is missing, beside each field and at the button.
  await candidate.getByRole('button', { name: 'Submit' }).click();
  const refusal = candidate.getByRole('alert').filter({ hasText: /^Not submitted/ });
  await expect(refusal).toContainText('Learning and leadership impact: is required to submit');
  await expectFieldError(candidate.getByLabel('Learning and leadership impact'));
  await expectFieldError(part(candidate, 2).getByLabel(/^Add an element of focus/));

  // 5. The rest, then Submit.
  for (const code of MOST_GROWTH.slice(2)) await choose(candidate, 1, code, `Grew in ${code} this year (${run})`);
  for (const code of FOCUS.slice(1)) {
    await choose(candidate, 2, code, `Year 2 needs ${code} (${run})`);
    await writePlan(candidate, code, '3', `A plan for ${code} (${run})`);
  }
  await expect(part(candidate, 2).getByLabel(/^Add an element of focus/)).toHaveCount(0);
  await candidate.getByLabel('Learning and leadership impact').fill(`I lead with evidence now (${run})`);
  await candidate.getByRole('checkbox', { name: 'Count this Application to Practice as 2 hours of professional learning' }).check();
  await candidate.getByRole('button', { name: 'Submit' }).click();
  await expect(candidate.getByText('The Application to Practice is submitted.')).toBeVisible();
  await expect(candidate.getByRole('heading', { name: /^Application to Practice/ })).toContainText('Submitted');
  await expect(candidate.getByRole('button', { name: 'Submit' })).toHaveCount(0);
  await expect(plan(candidate, '2B', 'region')).toContainText(plans2B);

  // 6. The coach finds it beside the candidate's reflections, reads it and comments on 2B's plan.
  const coachContext = await browser.newContext();
  const coach = await coachContext.newPage();
  await signIn(coach, 'coach.rivera');
  await nav(coach).getByRole('link', { name: 'Caseload' }).click();
  await coach.getByRole('article', { name: 'Sofia Alvarez' }).getByRole('link', { name: 'Reflections of Sofia Alvarez' }).click();
  const summary = coach.getByRole('region', { name: 'Application to Practice' });
  await expect(summary).toContainText('Submitted');
  await summary.getByRole('link', { name: 'Application to Practice' }).click();
  await expect(coach.getByRole('heading', { name: /^Application to Practice/ })).toContainText('Submitted');
  await expect(coach.getByRole('textbox', { name: 'Why 1A?' })).toHaveCount(0);
  await expect(coach.getByRole('region', { name: /^Part 1: / })).toContainText(why1A);
  await expect(coach.getByText('Count this Application to Practice as 2 hours of professional learning: Yes')).toBeVisible();
  const on2B = plan(coach, '2B', 'region');
  await expect(on2B).toContainText(plans2B);
  await expect(on2B).toContainText('2 Approaches');
  await on2B.getByLabel('Comment on the plan for 2B').fill(comment);
  await on2B.getByRole('button', { name: 'Add comment on the plan for 2B' }).click();
  await expect(on2B.getByRole('list', { name: 'Comments on the plan for 2B' })).toContainText(comment);

  // 7. The candidate finds the comment beside that plan.
  await candidate.reload();
  const hers = plan(candidate, '2B', 'region').getByRole('list', { name: 'Comments on the plan for 2B' });
  await expect(hers).toContainText(comment);
  await expect(hers).toContainText('Maya Rivera');

  await candidateContext.close();
  await coachContext.close();
});

test('before the interim reflection is submitted, the Application to Practice says it opens after it', async ({ page }) => {
  // Marcus Brooks has begun his interim reflection but not submitted it.
  await signIn(page, 'cand.brooks');
  await expect(page.getByRole('heading', { name: 'Welcome, Marcus Brooks' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('The Application to Practice opens after the interim reflection is submitted');
  await page.getByRole('main').getByRole('link', { name: 'My reflections' }).click();
  const summary = page.getByRole('region', { name: 'Application to Practice' });
  await expect(summary).toContainText('opens after the interim reflection is submitted');
  await expect(summary.getByRole('button', { name: 'Start the Application to Practice' })).toHaveCount(0);
});

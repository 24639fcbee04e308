import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './helpers';

async function token(request: APIRequestContext, login: string): Promise<string> {
  const res = await request.post('/api/auth/login', { data: { login, password: DEMO_PASSWORD } });
  expect(res.ok()).toBeTruthy();
  return ((await res.json()) as { access_token: string }).access_token;
}

/**
 * On a server kept from an earlier run, Lily Chen's interim is already submitted: the
 * coordinator reopens it, so that she can write and submit it again. A fresh server has none.
 */
async function reopenEarlierInterim(request: APIRequestContext) {
  const auth = { Authorization: `Bearer ${await token(request, 'coordinator')}` };
  const me = (await (await request.get('/api/me', { headers: auth })).json()) as { memberships: { program_id: string }[] };
  const table = (await (await request.get(`/api/programs/${me.memberships[0]!.program_id}/reflections`, { headers: auth })).json()) as {
    rows: { enrollment_id: string; candidate: { username: string } }[];
  };
  const chen = table.rows.find((r) => r.candidate.username === 'cand.chen')!;
  const terms = (await (await request.get(`/api/enrollments/${chen.enrollment_id}/reflections`, { headers: auth })).json()) as {
    term: string;
    status: string;
    reflection_id?: string | null;
  }[];
  const interim = terms.find((t) => t.term === 'interim')!;
  if (interim.status !== 'submitted') return;
  const reflection = await request.get(`/api/reflections/${interim.reflection_id}`, { headers: auth });
  const res = await request.post(`/api/reflections/${interim.reflection_id}/reopen`, {
    headers: { ...auth, 'If-Match': reflection.headers().etag! },
    data: { reason: 'A new end-to-end run' },
  });
  expect(res.ok()).toBeTruthy();
}

function element(page: Page, code: string) {
  return page.getByRole('region', { name: new RegExp(`^${code} `) });
}

async function rate(page: Page, code: string, rating: string, evidence: string, nextSteps?: string) {
  const el = element(page, code);
  await el.getByRole('radio', { name: rating }).check();
  await el.getByLabel('Evidence').fill(evidence);
  if (nextSteps !== undefined) await el.getByLabel('Actionable next steps').fill(nextSteps);
}

test('a candidate writes her interim reflection element by element, submits it, and sees it beside the initial', async ({ page, request }) => {
  await reopenEarlierInterim(request);
  // Words of this run only, so that what the form shows after a reload is this run's.
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const evidence1A = `Led the vision retreat with the site council (${run})`;
  const steps1A = `Share the draft vision at every staff meeting (${run})`;
  const evidence2B = `Started weekly PLC walk-throughs with the coach (${run})`;

  // 1. From her home's Reflections section to her terms; she starts (or continues) the interim.
  await signIn(page, 'cand.chen');
  await expect(page.getByRole('heading', { name: 'Welcome, Lily Chen' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'My reflections' }).click();
  await expect(page.getByRole('heading', { name: 'My reflections' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Initial/ })).toContainText('Submitted');
  await page
    .getByRole('button', { name: 'Start the interim reflection' })
    .or(page.getByRole('link', { name: 'Continue the interim reflection' }))
    .click();
  await expect(page).toHaveURL(/\/reflections\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: /^Interim reflection/ })).toBeVisible();

  // 2. A few elements, each placed on the Descriptions of Practice with evidence; they save as she types.
  await expect(element(page, '1A').getByRole('group', { name: 'Descriptions of Practice for 1A' })).toBeVisible();
  await rate(page, '1A', '2 Approaches', evidence1A, steps1A);
  await rate(page, '1B', 'N/A', '');
  await rate(page, '2B', '3 Meets', evidence2B);
  await expect(page.getByText(/^Saved at \d{2}:\d{2}$/)).toBeVisible();

  // 3. Reloaded: everything is there.
  await page.reload();
  await expect(element(page, '1A').getByRole('radio', { name: '2 Approaches' })).toBeChecked();
  await expect(element(page, '1A').getByLabel('Evidence')).toHaveValue(evidence1A);
  await expect(element(page, '1A').getByLabel('Actionable next steps')).toHaveValue(steps1A);
  await expect(element(page, '1B').getByRole('radio', { name: 'N/A' })).toBeChecked();
  await expect(element(page, '2B').getByRole('radio', { name: '3 Meets' })).toBeChecked();
  await expect(element(page, '2B').getByLabel('Evidence')).toHaveValue(evidence2B);

  // 4. Every other element, then Submit.
  const codes = await page.locator('section.reflection-element h3').evaluateAll((hs) => hs.map((h) => h.textContent!.split(' ')[0]!));
  expect(codes).toHaveLength(19);
  for (const code of codes.filter((c) => !['1A', '1B', '2B'].includes(c))) {
    await rate(page, code, '3 Meets', `Evidence for ${code} from this year's work (${run})`);
  }
  await expect(page.getByRole('status').filter({ hasText: /^Saved at/ })).toBeVisible();
  await expect(page.getByText('19 of 19 elements complete (100%)')).toBeVisible();
  await page.getByRole('button', { name: 'Submit' }).click();
  await expect(page.getByText('The reflection is submitted.')).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Interim reflection/ })).toContainText('Submitted');
  await expect(page.getByRole('button', { name: 'Submit' })).toHaveCount(0);

  // 5. The growth view puts the interim beside the initial (1A was placed at 1 in the initial).
  await page.getByRole('link', { name: 'Growth between terms' }).click();
  await expect(page.getByRole('heading', { name: 'My growth' })).toBeVisible();
  const byElement = page.getByRole('region', { name: 'By element' });
  await expect(byElement.getByRole('columnheader')).toHaveText(['Element', 'Initial', 'Interim', 'Change']);
  const row1A = byElement.getByRole('row', { name: /^1A / });
  await expect(row1A.getByRole('cell')).toHaveText(['1 Directed toward', '2 Approaches', '+1']);
  await expect(page.getByRole('img', { name: /Mean level per standard/ })).toBeVisible();
});

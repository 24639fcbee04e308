import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { Program, ProgramRequest, RequestDecision } from '../../api/types';
import { PROGRAM_ID, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { DEFAULTS } from '../../test/settings';
import { RequestPage } from './RequestPage';
import { REQUEST_ID, dana, doctoralWaiver, extensionRequest, step, underReview } from './testData';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

type Answer = (body: unknown, ifMatch: string | null) => Response;

/** The request's program: three program years, which a waived activity may fall in. */
const program: Program = {
  id: PROGRAM_ID,
  name: 'Demo County CASC',
  organisation: 'Demo County Office of Education',
  time_zone: 'America/Los_Angeles',
  framework: 'CPSEL',
  settings: { ...DEFAULTS, program_years: 3 },
  version: 3,
  created_at: '2025-01-01T00:00:00Z',
  can: { edit: false },
};

/** The request's page, served from `current()`; `answers` stand in for its steps (`/decision`, `/review`, …). */
function open(current: () => ProgramRequest, answers: Record<string, Answer> = {}) {
  serve(async (method, path, req) => {
    if (path === `/api/requests/${REQUEST_ID}` && method === 'GET') return jsonResponse(200, current());
    if (path === `/api/requests/${REQUEST_ID}/comments` && method === 'GET') return jsonResponse(200, []);
    if (path === `/api/programs/${PROGRAM_ID}` && method === 'GET') return jsonResponse(200, program);
    const stepName = path.slice(`/api/requests/${REQUEST_ID}/`.length);
    const answer = answers[stepName];
    if (method === 'POST' && answer) return answer(await req.json(), req.headers.get('If-Match'));
    return jsonResponse(404, { title: 'Not Found', status: 404 });
  });
  renderWithApp(
    <Routes>
      <Route path="/requests/:id" element={<RequestPage />} />
    </Routes>,
    undefined,
    `/requests/${REQUEST_ID}`,
  );
  return userEvent.setup();
}

describe('a request’s page', () => {
  it('lays the form out as the handbook’s, with its steps and their notes', async () => {
    open(() => underReview({ can: { review: false, decide: false, close: false, cancel: false, comment: true, attach: false } }));
    expect(await screen.findByRole('heading', { level: 1, name: /Program Extension Request/ })).toHaveTextContent('Under review');
    expect(screen.getByText('Reason for the extension', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Maternity or family leave');
    expect(screen.getByRole('heading', { name: 'Individual completion plan' }).nextElementSibling).toHaveTextContent(/^Coaching hours from July/);
    const steps = screen.getByRole('list', { name: 'Steps of the request' });
    expect(within(steps).getAllByRole('listitem')[1]).toHaveTextContent(/Under review by Dana Director .*Meeting on Dec 1/);
    // The reader may not decide it (the director does): no step to take.
    expect(screen.queryByRole('heading', { name: 'Next step' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record the decision' })).not.toBeInTheDocument();
  });

  it('takes as many additional pages as needed, but one signed form (replaced by a new version)', async () => {
    const attached = (id: string, kind: 'request_form' | 'other', file_name: string) => ({ id, kind, file_name, title: 'Program Extension Request' });
    open(() =>
      extensionRequest({
        documents: [
          attached('d1', 'request_form', '2026-11-20.Program Extension Request.Request form.pdf'),
          attached('d2', 'other', '2026-11-20.Program Extension Request.Other.pdf'),
        ],
      }),
    );
    const form = await screen.findByRole('region', { name: /Signed request form/ });
    expect(within(form).getByRole('link', { name: /Request form\.pdf/ })).toBeInTheDocument();
    expect(within(form).queryByRole('button', { name: /^Upload/ })).not.toBeInTheDocument();
    const pages = screen.getByRole('region', { name: /Additional pages/ });
    expect(within(pages).getByRole('link', { name: /Other\.pdf/ })).toBeInTheDocument();
    expect(within(pages).getByRole('button', { name: 'Upload Additional pages' })).toBeInTheDocument();
  });

  it('records the director’s approval with its reason, sent with the version read', async () => {
    const sent: { body: unknown; ifMatch: string | null }[] = [];
    let current = underReview();
    const user = open(() => current, {
      decision: (body, ifMatch) => {
        sent.push({ body, ifMatch });
        if (!(body as { reason: string }).reason) {
          return jsonResponse(422, { status: 422, title: 'Invalid input', errors: [{ field: 'reason', message: 'must not be blank' }] });
        }
        current = underReview({
          status: 'approved',
          version: 3,
          decision: { approved: true, reason: 'Documented leave', waived_topics: [], charge_withdrawal_fee: false },
          steps: [...underReview().steps, step('approved', { by: dana, at: '2026-12-02T17:00:00Z', note: 'Documented leave' })],
          can: { review: false, decide: false, close: true, cancel: false, comment: true, attach: false },
        });
        return jsonResponse(200, current);
      },
    });
    const form = await screen.findByRole('form', { name: 'Decide' });
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    expect(within(form).getByRole('radio', { name: 'Approve' })).toHaveAccessibleDescription(/Choose whether to approve or deny/);
    expect(sent).toHaveLength(0);

    await user.click(within(form).getByRole('radio', { name: 'Approve' }));
    expect(within(form).getByText(/extends the program by one year/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    const reason = within(form).getByLabelText(/^Reason for the decision/);
    await waitFor(() => expect(reason).toHaveAccessibleDescription(/must not be blank/));

    await user.type(reason, 'Documented leave');
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    expect(await screen.findByText('The request is approved.')).toBeInTheDocument();
    expect(sent.map((s) => s.ifMatch)).toEqual(['"2"', '"2"']);
    expect(sent[1]!.body).toEqual({ approved: true, reason: 'Documented leave' });
    const decision = screen.getByRole('region', { name: 'Decision' });
    expect(decision).toHaveTextContent(/Approved by Dana Director/);
    expect(decision).toHaveTextContent('One more program year');
    // Decided: the director may close it now, not decide it again.
    expect(screen.queryByRole('form', { name: 'Decide' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Close as done' })).toBeInTheDocument();
  });

  it('approves a doctoral waiver with the PL activities it waives, a refused one’s message beside its input', async () => {
    const sent: unknown[] = [];
    let current = doctoralWaiver();
    const user = open(() => current, {
      decision: (body) => {
        sent.push(body);
        const waived = (body as RequestDecision).waived_pl ?? [];
        const blank = waived.findIndex((w) => !w.activity);
        if (blank >= 0) {
          const errors = [{ field: `waived_pl[${blank}].activity`, message: 'must not be blank' }];
          return jsonResponse(422, { status: 422, title: 'Invalid input', errors });
        }
        current = doctoralWaiver({
          status: 'approved',
          version: 3,
          decision: { approved: true, reason: 'Transcript reviewed', waived_topics: ['human_resources', 'finance_and_budget'], waived_pl: waived },
          steps: [...doctoralWaiver().steps, step('approved', { by: dana, at: '2026-12-02T17:00:00Z', note: 'Transcript reviewed' })],
          can: { review: false, decide: false, close: true, cancel: false, comment: true, attach: false },
        });
        return jsonResponse(200, current);
      },
    });
    const form = await screen.findByRole('form', { name: 'Decide' });
    await user.click(within(form).getByRole('radio', { name: 'Approve' }));
    await user.type(within(form).getByLabelText(/^Reason for the decision/), 'Transcript reviewed');
    const waived = within(form).getByRole('group', { name: /^Professional learning waived/ });
    expect(within(waived).queryByRole('group')).not.toBeInTheDocument();
    expect(within(waived).queryByRole('button', { name: 'Add activity' })).not.toBeInTheDocument();

    // Each topic checked gets an activity on it.
    await user.click(within(form).getByRole('checkbox', { name: 'Human Resources' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Finance & Budget' }));
    const first = within(waived).getByRole('group', { name: 'Waived activity 1' });
    const second = within(waived).getByRole('group', { name: 'Waived activity 2' });
    expect(within(first).getByLabelText(/^Topic/)).toHaveDisplayValue('Human Resources');
    expect(within(second).getByLabelText(/^Topic/)).toHaveDisplayValue('Finance & Budget');
    // The program's years, as its settings give them.
    await waitFor(() => expect(within(first).getAllByRole('option', { name: /^Year/ })).toHaveLength(3));

    await user.type(within(first).getByLabelText(/^Activity/), 'PL Day 2: Human Resources');
    await user.selectOptions(within(first).getByLabelText(/^Program year/), 'Year 1');
    await user.type(within(first).getByLabelText(/^Hours/), '6');
    await user.selectOptions(within(second).getByLabelText(/^Program year/), 'Year 2');
    await user.type(within(second).getByLabelText(/^Hours/), '4');
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    await waitFor(() => expect(within(second).getByLabelText(/^Activity/)).toHaveAccessibleDescription('must not be blank'));
    expect(within(first).getByLabelText(/^Activity/)).not.toHaveAttribute('aria-invalid');

    await user.type(within(second).getByLabelText(/^Activity/), 'PL Day 4: Finance and Budget');
    await user.click(within(form).getByRole('button', { name: 'Record the decision' }));
    expect(await screen.findByText('The request is approved.')).toBeInTheDocument();
    expect(sent[1]).toEqual({
      approved: true,
      reason: 'Transcript reviewed',
      waived_topics: ['human_resources', 'finance_and_budget'],
      waived_pl: [
        { topic: 'human_resources', activity: 'PL Day 2: Human Resources', year: 1, minutes: 360 },
        { topic: 'finance_and_budget', activity: 'PL Day 4: Finance and Budget', year: 2, minutes: 240 },
      ],
    });
    const decision = screen.getByRole('region', { name: 'Decision' });
    const activities = within(decision).getAllByRole('listitem').map((li) => li.textContent);
    expect(activities).toEqual([
      'Human Resources — PL Day 2: Human Resources, year 1, 6 h',
      'Finance & Budget — PL Day 4: Finance and Budget, year 2, 4 h',
    ]);
  });

  it('shows the request as it is now, and says so, when someone else took a step meanwhile (412)', async () => {
    const taken = underReview({ can: { review: false, decide: false, close: false, cancel: false, comment: true, attach: true } });
    const user = open(
      () => underReview({ status: 'submitted', version: 1, steps: [step('submitted')], can: { ...taken.can, review: true } }),
      {
        review: () =>
          jsonResponse(412, { status: 412, title: 'The record changed since you read it', detail: 'someone else changed this record', current: taken }),
      },
    );
    const review = await screen.findByRole('form', { name: 'Take under review' });
    await user.type(within(review).getByLabelText(/^Note/), 'Meeting arranged');
    await user.click(within(review).getByRole('button', { name: 'Take under review' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this request meanwhile');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Under review');
    expect(screen.queryByRole('form', { name: 'Take under review' })).not.toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { Ilp } from '../../api/types';
import { ENROLLMENT_ID, ILP_ID, STANDARDS, ilp, ref, step } from '../../test/ilps';
import { appContextAs, coordinator, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { EditIlp, NewIlp } from './IlpEdit';

const candidate = appContextAs('candidate', { ...coordinator, ...ref('alvarez') });

const draft = ilp({
  standards: [2],
  focus: 'MTSS lacks a framework',
  smart_goal: 'PLC time in the master schedule',
  steps: [step('s1', { due_date: '2026-03-25' }), step('s2', { due_date: '2031-01-01' })],
});

/** Serves the draft; putting it into action answers `refusal`, a change is stored as sent. */
function serveDraft(refusal: unknown) {
  let stored: Ilp = draft;
  const patches: Partial<Ilp>[] = [];
  const fetch = serve(async (method, path, req) => {
    if (path === '/api/standards') return jsonResponse(200, STANDARDS);
    if (path === `/api/enrollments/${ENROLLMENT_ID}`) return jsonResponse(200, { id: ENROLLMENT_ID, program_year: 1 });
    if (path === `/api/ilps/${ILP_ID}/status`) return jsonResponse(422, refusal);
    if (path === `/api/ilps/${ILP_ID}` && method === 'PATCH') {
      patches.push((await req.json()) as Partial<Ilp>);
      stored = { ...stored, ...patches.at(-1), version: stored.version + 1 };
      return jsonResponse(200, stored);
    }
    if (path === `/api/ilps/${ILP_ID}`) return jsonResponse(200, stored);
    return jsonResponse(404, { title: 'Not Found', status: 404 });
  });
  return { fetch, patches };
}

function renderForm(route = `/ilps/${ILP_ID}/edit`) {
  return renderWithApp(
    <Routes>
      <Route path="/enrollments/:id/ilps/new" element={<NewIlp />} />
      <Route path="/ilps/:id/edit" element={<EditIlp />} />
    </Routes>,
    candidate,
    route,
  );
}

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
  sessionStorage.clear();
});

describe('the ILP form', () => {
  it('shows what the server refuses beside the step it names, and keeps it there when the step moves', async () => {
    const { fetch, patches } = serveDraft({
      title: 'Validation failed',
      status: 422,
      errors: [
        { field: 'steps[1].due_date', message: 'is outside the enrollment' },
        { field: 'smart_goal', message: 'is too vague' },
      ],
    });
    const user = userEvent.setup();
    renderForm();
    await user.click(await screen.findByRole('button', { name: 'Put into action' }));

    const second = screen.getByRole('group', { name: 'Action step 2' });
    const due = within(second).getByLabelText('Due date');
    await waitFor(() => expect(due).toHaveAttribute('aria-invalid', 'true'));
    expect(due).toHaveAccessibleDescription(/is outside the enrollment/);
    expect(within(screen.getByRole('group', { name: 'Action step 1' })).getByLabelText('Due date')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText(/^Based on your focus, what is your SMART goal\?/)).toHaveAccessibleDescription(/is too vague/);
    // Nothing was changed, so nothing was saved before asking.
    expect(fetch.mock.calls.map(([req]) => req.method)).toEqual(['GET', 'GET', 'GET', 'POST']);

    await user.click(within(second).getByRole('button', { name: 'Move up action step 2' }));
    const moved = screen.getByRole('group', { name: 'Action step 1' });
    expect(within(moved).getByLabelText('Due date')).toHaveValue('2031-01-01');
    expect(within(moved).getByLabelText('Due date')).toHaveAccessibleDescription(/is outside the enrollment/);
    // The draft saves its new order as it does any change.
    expect(await screen.findByText(/^Saved at/, undefined, { timeout: 3000 })).toBeInTheDocument();
    expect(patches).toEqual([{ steps: [{ ...draft.steps[1] }, { ...draft.steps[0] }] }]);
  });

  it('offers the actions the plan’s `can` allows, and only those', async () => {
    serveDraft({});
    renderForm();
    expect(await screen.findByRole('button', { name: 'Put into action' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Discard draft…' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Complete' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
  });

  it('keeps what a refused “Put into action” said when a new draft moves to its own address', async () => {
    serve(async (method, path, req) => {
      if (path === '/api/standards') return jsonResponse(200, STANDARDS);
      if (path === `/api/enrollments/${ENROLLMENT_ID}`) {
        return jsonResponse(200, { id: ENROLLMENT_ID, program_year: 1, candidate: ref('alvarez') });
      }
      if (path === `/api/enrollments/${ENROLLMENT_ID}/ilps` && method === 'POST') {
        return jsonResponse(201, ilp((await req.json()) as Partial<Ilp>));
      }
      if (path === `/api/ilps/${ILP_ID}/status`) {
        // The answer takes a while, as over a network: the new draft's address changes meanwhile.
        await new Promise((r) => setTimeout(r, 50));
        return jsonResponse(422, {
          title: 'Validation failed',
          status: 422,
          errors: [
            { field: 'smart_goal', message: 'is required before the plan is put into action' },
            { field: 'steps', message: 'add at least one action step' },
          ],
        });
      }
      return jsonResponse(404, { title: 'Not Found', status: 404 });
    });
    const user = userEvent.setup();
    renderForm(`/enrollments/${ENROLLMENT_ID}/ilps/new`);
    await user.type(await screen.findByLabelText(/^What is your current focus\/reality/), 'MTSS');
    await user.click(screen.getByRole('button', { name: 'Put into action' }));

    await waitFor(() => expect(document.querySelector('.breadcrumb')).toHaveTextContent('My ILPs / Edit'));
    expect(screen.getByLabelText(/^Based on your focus, what is your SMART goal\?/)).toHaveAccessibleDescription(
      /is required before the plan is put into action/,
    );
    expect(screen.getByRole('group', { name: /^Action plan/ })).toHaveAccessibleDescription(/add at least one action step/);
    expect(screen.getByLabelText(/^What is your current focus\/reality/)).toHaveValue('MTSS');
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../api';
import type { ApplicationToPractice, AtpChange, AtpComment } from '../../api/types';
import { appContextAs, coordinator, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { reflection } from '../reflections/testData';
import { AtpPage } from './AtpPage';
import { EnrollmentAtp } from './EnrollmentAtp';
import { ATP_ID, ENROLLMENT_ID, INTERIM_ID, STANDARDS, atp, ref } from './testData';

const alvarez = appContextAs('candidate', { ...coordinator, ...ref('alvarez') });

interface Served {
  patches: AtpChange[];
  comments: { element?: string | null; body: string }[];
}

/** Serves one Application to Practice: a PATCH stores what was sent, a submission answers `refusal`. */
function serveAtp(stored: ApplicationToPractice, refusal: unknown = {}, comments: AtpComment[] = []): Served {
  const served: Served = { patches: [], comments: [] };
  serve(async (method, path, req) => {
    if (path === '/api/standards') return jsonResponse(200, STANDARDS);
    if (path === `/api/reflections/${INTERIM_ID}`) return jsonResponse(200, reflection({ id: INTERIM_ID, status: 'submitted' }));
    if (path === `/api/applications-to-practice/${ATP_ID}/submit`) return jsonResponse(422, refusal);
    if (path === `/api/applications-to-practice/${ATP_ID}/comments` && method === 'POST') {
      const body = (await req.json()) as { element?: string | null; body: string };
      served.comments.push(body);
      return jsonResponse(201, { id: `c${served.comments.length}`, author: ref('rivera'), created_at: '2026-11-22T10:00:00Z', ...body });
    }
    if (path === `/api/applications-to-practice/${ATP_ID}/comments`) return jsonResponse(200, comments);
    if (path === `/api/applications-to-practice/${ATP_ID}` && method === 'PATCH') {
      const body = (await req.json()) as AtpChange;
      served.patches.push(body);
      stored = { ...stored, ...(body as Partial<ApplicationToPractice>), version: stored.version + 1 };
      return jsonResponse(200, stored);
    }
    if (path === `/api/applications-to-practice/${ATP_ID}`) return jsonResponse(200, stored);
    return jsonResponse(404, { title: 'Not Found', status: 404 });
  });
  return served;
}

function renderAt(route: string, ctx = alvarez) {
  return renderWithApp(
    <Routes>
      <Route path="/applications-to-practice/:id" element={<AtpPage />} />
      <Route path="/enrollments/:id/application-to-practice" element={<EnrollmentAtp />} />
    </Routes>,
    ctx,
    route,
  );
}

const part = (n: 1 | 2) => screen.getByRole('region', { name: new RegExp(`^Part ${n}: `) });

beforeEach(signInAsCoordinator);

afterEach(() => {
  sessionStore.set(null);
  sessionStorage.clear();
});

describe('the Application to Practice form', () => {
  it('saves an element chosen with its reason, then shows a refused submission beside each field and at the button', async () => {
    const served = serveAtp(atp(), {
      title: 'Invalid input',
      status: 422,
      errors: [
        { field: 'most_growth', message: 'choose 5 elements' },
        { field: 'action_plans[0].desired_score', message: 'is required' },
        { field: 'impact', message: 'is required to submit' },
      ],
    });
    const user = userEvent.setup();
    renderAt(`/applications-to-practice/${ATP_ID}`);
    await user.selectOptions(await screen.findByLabelText('Add an element of most growth (1 of 5 chosen)'), '1B');
    await user.type(within(part(1)).getByLabelText('Why 1B?'), 'Staff co-wrote it');
    // The interim score of a saved plan, read-only.
    expect(screen.getByRole('group', { name: /^Action plan for 2B / })).toHaveTextContent('Interim score: 2 Approaches');
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    const alert = (await screen.findByText(/^Not submitted: 3 things are missing/)).closest('[role="alert"]') as HTMLElement;
    expect(within(alert).getByRole('link', { name: 'Learning and leadership impact' })).toHaveAttribute('href', '#atp-impact');
    expect(within(alert).getByRole('link', { name: 'The action plan for 2B Curriculum and Instruction: desired score' })).toHaveAttribute(
      'href',
      '#plan-2B',
    );
    expect(served.patches.at(-1)).toEqual({
      most_growth: [
        { element: '1A', reason: 'Led the vision retreat.' },
        { element: '1B', reason: 'Staff co-wrote it' },
      ],
    });

    const impact = screen.getByLabelText('Learning and leadership impact');
    expect(impact).toHaveAttribute('aria-invalid', 'true');
    expect(impact).toHaveAccessibleDescription(/is required to submit/);
    expect(screen.getByLabelText('Add an element of most growth (2 of 5 chosen)')).toHaveAccessibleDescription('choose 5 elements');
    const desired = within(screen.getByRole('group', { name: /^Action plan for 2B / })).getByLabelText(/^Desired score/);
    expect(desired).toHaveAccessibleDescription('is required');

    // Writing the narrative takes its message away; the others stay.
    await user.type(impact, 'I lead with evidence now');
    expect(impact).not.toHaveAttribute('aria-invalid');
    expect(screen.getByText(/^Not submitted: 2 things are missing/)).toBeInTheDocument();
  });

  it('gives a new focus element its plan, with the interim score from the interim reflection before it is saved', async () => {
    serveAtp(atp());
    const user = userEvent.setup();
    renderAt(`/applications-to-practice/${ATP_ID}`);
    await user.selectOptions(await screen.findByLabelText('Add an element of focus (1 of 5 chosen)'), '1A');
    const plan = screen.getByRole('group', { name: 'Action plan for 1A Student-Centered Vision' });
    // 1A is rated 2 in the interim reflection's fixture.
    await waitFor(() => expect(plan).toHaveTextContent('Interim score: 2 Approaches'));
    await user.type(within(part(2)).getByLabelText('Why 1A?'), 'Vision work');
    // A focus element with words in it is removed only once confirmed, its plan with it.
    await user.click(within(part(2)).getByRole('button', { name: 'Remove 2B…' }));
    await user.click(within(part(2)).getByRole('button', { name: 'Remove 2B' }));
    expect(screen.queryByRole('group', { name: /^Action plan for 2B / })).not.toBeInTheDocument();
    // 1A takes 2B's row; the confirmation asked there does not carry over.
    expect(within(part(2)).queryByRole('button', { name: 'Keep it' })).not.toBeInTheDocument();
    expect(within(part(2)).getByRole('button', { name: 'Remove 1A…' })).toBeInTheDocument();
  });

  it('reads as a sheet for the coach, who comments on one focus element’s plan', async () => {
    const comments: AtpComment[] = [
      { id: 'c0', element: null, body: 'A strong start.', author: ref('rivera'), created_at: '2026-11-21T10:00:00Z' },
    ];
    const served = serveAtp(atp({ status: 'submitted', can: { edit: false, submit: false, comment: true } }), {}, comments);
    const user = userEvent.setup();
    renderAt(`/applications-to-practice/${ATP_ID}`, appContextAs('coach'));
    const plan = await screen.findByRole('region', { name: 'Action plan for 2B Curriculum and Instruction' });
    expect(plan).toHaveTextContent('A PLC cycle.');
    expect(screen.queryByRole('button', { name: 'Submit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Comments on the Application to Practice' })).toHaveTextContent('A strong start.');

    await user.type(within(plan).getByLabelText('Comment on the plan for 2B'), 'Start with grade 9');
    await user.click(within(plan).getByRole('button', { name: 'Add comment on the plan for 2B' }));
    expect(await within(plan).findByRole('list', { name: 'Comments on the plan for 2B' })).toHaveTextContent('Start with grade 9');
    expect(served.comments).toEqual([{ element: '2B', body: 'Start with grade 9' }]);
  });
});

describe('the way to it from the enrollment', () => {
  /** No Application to Practice yet; the interim term as given, a start answering `start`. */
  function serveNone(interim: string, start: () => Response, canStart = true) {
    serve((method, path) => {
      if (path === `/api/enrollments/${ENROLLMENT_ID}`) {
        const can = { read_records: true, start_application_to_practice: canStart };
        return jsonResponse(200, { id: ENROLLMENT_ID, candidate: ref('alvarez'), can });
      }
      if (path === `/api/enrollments/${ENROLLMENT_ID}/application-to-practice` && method === 'POST') return start();
      if (path === `/api/enrollments/${ENROLLMENT_ID}/application-to-practice`) return jsonResponse(404, { title: 'Not found', status: 404 });
      if (path === `/api/enrollments/${ENROLLMENT_ID}/reflections`) {
        return jsonResponse(200, [{ term: 'interim', status: interim, percent_complete: 100, due_date: '2026-08-31', overdue: false }]);
      }
      return jsonResponse(404, { title: 'Not Found', status: 404 });
    });
  }

  it('says it opens after the interim reflection is submitted', async () => {
    serveNone('in_progress', () => jsonResponse(500, {}));
    renderAt(`/enrollments/${ENROLLMENT_ID}/application-to-practice`);
    expect(await screen.findByText(/opens after the interim reflection is submitted/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start the Application to Practice' })).not.toBeInTheDocument();
  });

  it('offers the candidate to start it, and says why the API refused', async () => {
    serveNone('submitted', () =>
      jsonResponse(409, {
        title: 'Conflict',
        status: 409,
        errors: [{ field: 'interim_reflection', message: 'is not submitted yet; the application is built on it' }],
      }),
    );
    const user = userEvent.setup();
    renderAt(`/enrollments/${ENROLLMENT_ID}/application-to-practice`);
    await user.click(await screen.findByRole('button', { name: 'Start the Application to Practice' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not started: the interim reflection is not submitted yet; the application is built on it.',
    );
  });

  it('offers no start to a reader the API would refuse', async () => {
    serveNone('submitted', () => jsonResponse(500, {}), false);
    renderAt(`/enrollments/${ENROLLMENT_ID}/application-to-practice`);
    expect(await screen.findByText('The Application to Practice is not started yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start the Application to Practice' })).not.toBeInTheDocument();
  });
});

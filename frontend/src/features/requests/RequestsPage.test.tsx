import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import { appContextAs, coordinator, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { enrollment } from '../documents/testData';
import { RequestsPage } from './RequestsPage';
import { ENROLLMENT_ID, extensionRequest, sofia } from './testData';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

/** Sofia Alvarez's requests page as she reads it; `create` answers a new request. */
function open(create: (body: Record<string, unknown>) => Response, can: { submit_request?: boolean } = {}) {
  serve(async (method, path, req) => {
    if (path === `/api/enrollments/${ENROLLMENT_ID}`) return jsonResponse(200, enrollment(can));
    if (path === `/api/enrollments/${ENROLLMENT_ID}/requests`) {
      return method === 'POST' ? create((await req.json()) as Record<string, unknown>) : jsonResponse(200, []);
    }
    return jsonResponse(404, { title: 'Not Found', status: 404 });
  });
  renderWithApp(
    <Routes>
      <Route path="/enrollments/:id/requests" element={<RequestsPage />} />
      <Route path="/requests/:id" element={<h1>The request’s page</h1>} />
    </Routes>,
    appContextAs('candidate', { ...coordinator, id: sofia.id }),
    `/enrollments/${ENROLLMENT_ID}/requests`,
  );
  return userEvent.setup();
}

describe('a candidate’s requests', () => {
  it('asks for an extension on the handbook’s form, with the server’s refusal beside the field', async () => {
    const sent: Record<string, unknown>[] = [];
    const user = open((body) => {
      sent.push(body);
      return body.completion_plan
        ? jsonResponse(201, extensionRequest())
        : jsonResponse(422, { status: 422, title: 'Invalid input', errors: [{ field: 'completion_plan', message: 'must not be blank' }] });
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'My requests' })).toBeInTheDocument();
    expect(await screen.findByText('No requests yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'New request' }));
    await user.click(screen.getByRole('radio', { name: 'Program Extension Request' }));
    await user.click(screen.getByRole('button', { name: 'Submit request' }));
    const reason = screen.getByLabelText(/^Reason for the extension/);
    expect(reason).toHaveAccessibleDescription(/Choose the reason for the extension/);
    expect(sent).toHaveLength(0);

    await user.selectOptions(reason, 'Maternity or family leave');
    await user.type(screen.getByLabelText(/^Circumstances/), 'On leave from January to June.');
    await user.click(screen.getByRole('button', { name: 'Submit request' }));
    const plan = screen.getByLabelText(/^Individual completion plan/);
    await waitFor(() => expect(plan).toHaveAccessibleDescription(/must not be blank/));
    expect(reason).not.toHaveAttribute('aria-invalid');

    await user.type(plan, 'Coaching hours from July.');
    await user.click(screen.getByRole('button', { name: 'Submit request' }));
    expect(await screen.findByRole('heading', { name: 'The request’s page' })).toBeInTheDocument();
    expect(sent[1]).toEqual({
      kind: 'extension',
      reason: 'maternity_or_family_leave',
      circumstances: 'On leave from January to June.',
      completion_plan: 'Coaching hours from July.',
    });
  });

  it('says beside the choice of request when one of its kind is still open (409)', async () => {
    const user = open(() =>
      jsonResponse(409, {
        status: 409,
        title: 'Conflict',
        errors: [{ field: 'kind', message: 'there is already an open complaint request; it is decided first' }],
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'New request' }));
    await user.click(screen.getByRole('radio', { name: 'Complaint Procedure Form' }));
    await user.type(screen.getByLabelText(/^Date of incident/), '2026-11-02');
    await user.type(screen.getByLabelText(/^The issue of your complaint/), 'x');
    await user.click(screen.getByRole('button', { name: 'Submit request' }));
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: 'Complaint Procedure Form' })).toHaveAccessibleDescription(/already an open complaint/),
    );
  });

  it('offers no new request when the enrollment does not allow one', async () => {
    open(() => jsonResponse(500, {}), { submit_request: false });
    expect(await screen.findByText('No requests yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New request' })).not.toBeInTheDocument();
  });
});

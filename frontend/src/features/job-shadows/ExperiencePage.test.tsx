import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../api';
import type { Experience } from '../../api/types';
import { jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { ENROLLMENT_ID, enrollment } from '../documents/testData';
import { ExperiencePage } from './ExperiencePage';
import { EXPERIENCE_ID, experience } from './testData';

beforeEach(signInAsCoordinator);

afterEach(() => {
  sessionStore.set(null);
  sessionStorage.clear();
});

const SHORT = 'a job shadow must be at least 4 hours (240 minutes) to meet the requirement';

/** The API of one job shadow: patches below 4 hours refused as the server does, submit accepted. */
function serveExperience() {
  let stored: Experience = experience();
  const patches: unknown[] = [];
  serve(async (method, path, req) => {
    if (path === `/api/job-shadows-and-visits/${EXPERIENCE_ID}` && method === 'GET') return jsonResponse(200, stored);
    if (path === `/api/job-shadows-and-visits/${EXPERIENCE_ID}` && method === 'PATCH') {
      const body = (await req.json()) as Partial<Experience>;
      patches.push(body);
      if (typeof body.minutes === 'number' && body.minutes < 240) {
        return jsonResponse(422, { status: 422, title: 'Invalid input', errors: [{ field: 'minutes', message: SHORT }] });
      }
      stored = { ...stored, ...body, version: stored.version + 1 };
      return jsonResponse(200, stored);
    }
    if (path === `/api/job-shadows-and-visits/${EXPERIENCE_ID}/submit`) {
      stored = { ...stored, status: 'submitted', submitted_at: '2026-11-20T18:00:00Z', version: stored.version + 1, can: { edit: false } };
      return jsonResponse(200, stored);
    }
    if (path === `/api/enrollments/${ENROLLMENT_ID}`) return jsonResponse(200, enrollment());
    if (path.endsWith('/documents')) return jsonResponse(200, []);
    return jsonResponse(404, { title: 'Not Found', status: 404 });
  });
  return { patches };
}

describe('the job shadow form', () => {
  it('shows a job shadow under four hours refused beside the hours; at four hours it saves and submits', async () => {
    const { patches } = serveExperience();
    const user = userEvent.setup();
    renderWithApp(
      <Routes>
        <Route path="/job-shadows-and-visits/:id" element={<ExperiencePage />} />
      </Routes>,
      undefined,
      `/job-shadows-and-visits/${EXPERIENCE_ID}`,
    );
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Job Shadow Experience');
    expect(screen.queryByLabelText(/^What was the program you are visiting/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Who and where are you job shadowing\?/), 'Dr. Lee, Central High');
    await user.click(within(screen.getByRole('group', { name: /^Would you recommend/ })).getByRole('radio', { name: 'Yes' }));
    const hours = screen.getByLabelText(/^Hours/);
    await user.type(hours, '3');
    await user.click(screen.getByRole('button', { name: 'Submit' }));

    expect(await screen.findByText(/^Not submitted: 1 answer is missing/)).toBeInTheDocument();
    expect(hours).toHaveAttribute('aria-invalid', 'true');
    expect(hours).toHaveAccessibleDescription(expect.stringContaining(SHORT));
    expect(patches.at(-1)).toMatchObject({ minutes: 180, form: { host: 'Dr. Lee, Central High', would_recommend: true } });

    await user.clear(hours);
    await user.type(hours, '4');
    expect(hours).not.toHaveAttribute('aria-invalid');
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(await screen.findByText(/^Submitted: the job shadow \/ visit requirement is met/)).toBeInTheDocument();
    expect(patches.at(-1)).toMatchObject({ minutes: 240 });
    // Read-only now: the one-page form with the answers.
    expect(screen.queryByLabelText(/^Hours/)).not.toBeInTheDocument();
    expect(screen.getByText('Dr. Lee, Central High')).toBeInTheDocument();
    expect(screen.getByText('4 h 00 min')).toBeInTheDocument();
  });
});

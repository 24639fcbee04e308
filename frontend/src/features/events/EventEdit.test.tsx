import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import { CONFLICT_MESSAGE } from '../../api/problem';
import type { EventFields, ProgramEvent } from '../../api/types';
import { PROGRAM_ID, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { EditEvent, NewEvent } from './EventEdit';
import { COHORT_A, EVENT_ID, programEvent } from './testData';

const coordinated = programEvent({ can: { edit: true, copy: true, register: false, register_others: true, read_roster: true } });

/** Serves the program's lists; writes answer `write(method, body, ifMatch)`. */
function serveEditor(write: (method: string, body: EventFields, ifMatch: string | null) => Response, event = () => coordinated) {
  serve(async (method, path, req) => {
    if (path === `/api/programs/${PROGRAM_ID}/cohorts`) return jsonResponse(200, [{ id: COHORT_A, label: 'Cohort A' }]);
    if (path === `/api/programs/${PROGRAM_ID}/districts`) return jsonResponse(200, [{ id: 'd1', name: 'Sierra Unified' }]);
    if (path === `/api/programs/${PROGRAM_ID}`) return jsonResponse(200, { id: PROGRAM_ID, time_zone: 'America/Los_Angeles' });
    if (path === `/api/events/${EVENT_ID}` && method === 'GET') return jsonResponse(200, event());
    if (method === 'POST' || method === 'PUT')
      return write(method, (await req.json()) as EventFields, req.headers.get('If-Match'));
    return jsonResponse(404, { title: 'Not Found', status: 404 });
  });
}

function renderAt(route: string) {
  return renderWithApp(
    <Routes>
      <Route path="/events/new" element={<NewEvent />} />
      <Route path="/events/:id/edit" element={<EditEvent />} />
      <Route path="/events/:id" element={<p>The event page</p>} />
    </Routes>,
    undefined,
    route,
  );
}

/** datetime-local inputs take a whole value at once. */
const setTime = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

describe('the event editor', () => {
  it('schedules an event: hours sent as minutes, no places as no limit, the API’s errors beside the fields', async () => {
    const sent: EventFields[] = [];
    serveEditor((_method, body) => {
      sent.push(body);
      if (sent.length === 1) {
        return jsonResponse(422, {
          title: 'Invalid input',
          status: 422,
          errors: [
            { field: 'ends_at', message: 'must be after the start' },
            { field: 'location.room', message: 'must be at most 200 characters' },
          ],
        });
      }
      return jsonResponse(201, { ...coordinated, id: 'new-event' });
    });
    const user = userEvent.setup();
    renderAt('/events/new');

    await user.selectOptions(await screen.findByLabelText(/^Kind/), 'Cohort meeting');
    // A cohort meeting is for candidates unless said otherwise.
    expect(screen.getByLabelText(/^Audience/)).toHaveValue('candidates');
    await user.type(screen.getByLabelText(/^Title/), 'Candidate Cohort Meeting');
    await user.selectOptions(screen.getByLabelText(/^Cohort/), 'Cohort A');
    expect(screen.getByLabelText(/^District/)).toHaveValue('');
    setTime(/^Starts/, '2026-09-24T17:30');
    setTime(/^Ends/, '2026-09-24T17:00');
    await user.type(screen.getByLabelText(/^Hours credited/), '2.5');
    await user.type(screen.getByLabelText(/^Room/), 'Room 101T');
    await user.click(screen.getByRole('button', { name: 'Schedule event' }));

    const ends = screen.getByLabelText(/^Ends/);
    await waitFor(() => expect(ends).toHaveAccessibleDescription('must be after the start'));
    expect(screen.getByLabelText(/^Room/)).toHaveAccessibleDescription('must be at most 200 characters');
    expect(sent[0]).toMatchObject({
      kind: 'cohort_meeting',
      audience: 'candidates',
      cohort_id: COHORT_A,
      district_id: null,
      capacity: null,
      credited_minutes: 150,
      registration_opens_at: null,
      location: { name: '', room: 'Room 101T', address: '' },
    });

    setTime(/^Ends/, '2026-09-24T20:00');
    await user.type(screen.getByLabelText(/^Places/), '1');
    await user.click(screen.getByRole('button', { name: 'Schedule event' }));
    expect(await screen.findByText('The event page')).toBeInTheDocument();
    expect(sent[1]).toMatchObject({ ends_at: '2026-09-24T20:00', capacity: 1 });
  });

  it('checks what the API could not read before sending', async () => {
    const write = vi.fn(() => jsonResponse(500, {}));
    serveEditor(write);
    const user = userEvent.setup();
    renderAt('/events/new');
    await user.type(await screen.findByLabelText(/^Hours credited/), 'two');
    await user.click(screen.getByRole('button', { name: 'Schedule event' }));
    expect(screen.getByLabelText(/^Kind/)).toHaveAccessibleDescription('Choose the kind of event.');
    expect(screen.getByLabelText(/^Starts/)).toHaveAccessibleDescription('Enter when the event starts.');
    expect(screen.getByLabelText(/^Hours credited/)).toHaveAccessibleDescription(/Enter the hours as a number, e.g. 2.5./);
    expect(write).not.toHaveBeenCalled();
  });

  it('saves the whole event with If-Match; after a 412, a reload keeps what was typed', async () => {
    let current: ProgramEvent = coordinated;
    const puts: { ifMatch: string | null; body: EventFields }[] = [];
    serveEditor(
      (_method, body, ifMatch) => {
        puts.push({ ifMatch, body });
        if (puts.length === 1) {
          // Someone moved the room meanwhile.
          current = { ...current, location: { ...current.location, room: 'Room 270' }, version: 2 };
          return jsonResponse(412, { title: 'Precondition Failed', status: 412 });
        }
        return jsonResponse(200, { ...current, ...body, version: 3 });
      },
      () => current,
    );
    const user = userEvent.setup();
    renderAt(`/events/${EVENT_ID}/edit`);
    const capacity = await screen.findByLabelText(/^Places/);
    expect(capacity).toHaveValue(40);
    expect(screen.getByLabelText(/^Hours credited/)).toHaveValue('2.5');
    await user.clear(capacity);
    await user.type(capacity, '45');
    await user.click(screen.getByRole('button', { name: 'Save event' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(CONFLICT_MESSAGE);
    expect(puts[0]!.ifMatch).toBe('"1"');
    expect(puts[0]!.body).toMatchObject({
      capacity: 45,
      credited_minutes: 150,
      cohort_id: COHORT_A,
      registration_closes_at: '2026-09-22T17:00',
    });

    await user.click(screen.getByRole('button', { name: /reload/i }));
    await waitFor(() => expect(screen.getByLabelText(/^Room/)).toHaveValue('Room 270'));
    expect(screen.getByLabelText(/^Places/)).toHaveValue(45);
    await user.click(screen.getByRole('button', { name: 'Save event' }));
    expect(await screen.findByText('The event page')).toBeInTheDocument();
    expect(puts[1]!.ifMatch).toBe('"2"');
    expect(puts[1]!.body.location).toMatchObject({ room: 'Room 270' });
  });
});

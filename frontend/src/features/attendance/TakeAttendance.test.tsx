import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { AttendanceRevision, AttendanceSheet, Membership } from '../../api/types';
import { PROGRAM_ID, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { EVENT_ID, programEvent } from '../events/testData';
import { TakeAttendance } from './TakeAttendance';
import { attendanceMark, attendanceSheet, casey, marcus, sheetLine, sofia } from './testData';

const event = programEvent({
  can: { edit: true, copy: true, register: false, register_others: true, read_roster: true },
});
const notFound = () => jsonResponse(404, { title: 'Not Found', status: 404 });
const sheetPath = `/api/events/${EVENT_ID}/attendance`;

interface Sent {
  method: string;
  path: string;
  ifMatch: string | null;
  body: unknown;
}

interface Served {
  members?: Membership[];
  /** Every mark's history. */
  revisions?: AttendanceRevision[];
  write?: (sent: Sent) => Response;
}

/**
 * Serves the event, its sheet (as `state.sheet`), the program's members and the marks' history;
 * a write answers `write(sent)`, or by default the mark as sent, on a server that took it.
 */
function serveSheet(initial: AttendanceSheet, { members = [], revisions = [], write }: Served = {}) {
  const state = { sheet: initial, sent: [] as Sent[] };
  serve(async (method, path, req) => {
    if (method === 'GET' && path === `/api/events/${EVENT_ID}`) return jsonResponse(200, event);
    if (method === 'GET' && path === sheetPath) return jsonResponse(200, state.sheet);
    if (method === 'GET' && path === `/api/programs/${PROGRAM_ID}/members`) return jsonResponse(200, members);
    if (method === 'GET' && path.endsWith('/revisions')) return jsonResponse(200, revisions);
    if (method === 'GET') return notFound();
    const sent = { method, path, ifMatch: req.headers.get('If-Match'), body: await req.json().catch(() => undefined) };
    state.sent.push(sent);
    if (write) return write(sent);
    const userId = path.split('/').pop()!;
    const line = state.sheet.lines.find((l) => l.person.id === userId)!;
    const body = sent.body as { status: 'attended' | 'absent' | 'excused'; note: string };
    const mark = attendanceMark({
      person: line.person,
      status: body.status,
      note: body.note,
      version: (line.attendance?.version ?? 0) + 1,
    });
    state.sheet = attendanceSheet(state.sheet.lines.map((l) => (l === line ? { ...l, attendance: mark } : l)));
    return jsonResponse(line.attendance ? 200 : 201, mark);
  });
  return state;
}

function renderSheet() {
  return renderWithApp(
    <Routes>
      <Route path="/events/:id/attendance" element={<TakeAttendance />} />
    </Routes>,
    undefined,
    `/events/${EVENT_ID}/attendance`,
  );
}

const row = (name: string) => within(screen.getByRole('row', { name: new RegExp(`^${name}`) }));
const choices = async (name: string) => within(await screen.findByRole('radiogroup', { name: `Attendance of ${name}` }));
/** The value of one of the counts above the sheet ("2 attended"). */
const count = (label: string) => screen.getByText(label, { selector: '.stat-label' }).previousElementSibling;

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

describe('taking attendance', () => {
  it('saves a first mark at once, and corrects a mark with the version the sheet shows', async () => {
    const state = serveSheet(
      attendanceSheet([sheetLine(sofia), sheetLine(marcus, attendanceMark({ person: marcus, version: 3 }))]),
    );
    const user = userEvent.setup();
    renderSheet();

    expect(await screen.findByRole('heading', { name: 'Attendance: Candidate Cohort Meeting' })).toBeInTheDocument();
    expect(count('unmarked')).toHaveTextContent('1');
    await user.click((await choices('Sofia Alvarez')).getByRole('radio', { name: 'Attended' }));
    await waitFor(() => expect(count('attended')).toHaveTextContent('2'));
    expect((await choices('Sofia Alvarez')).getByRole('radio', { name: 'Attended' })).toBeChecked();

    await user.click((await choices('Marcus Brooks')).getByRole('radio', { name: 'Absent' }));
    await waitFor(() => expect(count('absent')).toHaveTextContent('1'));
    expect(state.sent).toEqual([
      { method: 'PUT', path: `${sheetPath}/${sofia.id}`, ifMatch: null, body: { status: 'attended', note: '' } },
      { method: 'PUT', path: `${sheetPath}/${marcus.id}`, ifMatch: '"3"', body: { status: 'absent', note: '' } },
    ]);
    expect(row('Marcus Brooks').getByRole('status')).toHaveTextContent('Saved');
  });

  it('saves a note when the coordinator leaves it, with the mark as it stands', async () => {
    const state = serveSheet(attendanceSheet([sheetLine(marcus, attendanceMark({ person: marcus, status: 'excused' }))]));
    const user = userEvent.setup();
    renderSheet();
    const note = await screen.findByRole('textbox', { name: 'Note on Marcus Brooks’s attendance' });
    await user.type(note, ' Called ahead ');
    await user.tab();
    await waitFor(() => expect(state.sent).toHaveLength(1));
    expect(state.sent[0]).toMatchObject({ ifMatch: '"1"', body: { status: 'excused', note: 'Called ahead' } });
  });

  it('says when someone else changed the mark meanwhile, and shows their change', async () => {
    const theirs = attendanceMark({ person: marcus, status: 'excused', version: 4 });
    const state = serveSheet(attendanceSheet([sheetLine(marcus, attendanceMark({ person: marcus, version: 3 }))]), {
      write: () => {
        state.sheet = attendanceSheet([sheetLine(marcus, theirs)]);
        return jsonResponse(412, { title: 'The record changed since you read it', status: 412, current: theirs });
      },
    });
    const user = userEvent.setup();
    renderSheet();
    await user.click((await choices('Marcus Brooks')).getByRole('radio', { name: 'Absent' }));

    expect(await row('Marcus Brooks').findByRole('alert')).toHaveTextContent('Someone else changed this mark meanwhile');
    await waitFor(async () => expect((await choices('Marcus Brooks')).getByRole('radio', { name: 'Excused' })).toBeChecked());
    expect(count('excused')).toHaveTextContent('1');
  });

  it('records a make-up on a date, checking it first, and shows the server’s refusal beside its field', async () => {
    const absent = attendanceMark({ person: marcus, status: 'absent', version: 2 });
    const state = serveSheet(attendanceSheet([sheetLine(marcus, absent)]), {
      write: () =>
        jsonResponse(422, {
          title: 'Invalid input',
          status: 422,
          errors: [{ field: 'makeup.date', message: 'the make-up is after the event' }],
        }),
    });
    const user = userEvent.setup();
    renderSheet();
    await user.click(await screen.findByText('Make-up'));
    const makeup = row('Marcus Brooks');
    await user.click(makeup.getByRole('radio', { name: 'On a date' }));
    await user.type(makeup.getByLabelText('Day made up'), '2026-10-01');
    await user.click(makeup.getByRole('button', { name: 'Save make-up' }));
    expect(makeup.getByLabelText('How it was made up')).toHaveAccessibleDescription('Say how it was made up.');
    expect(state.sent).toEqual([]);

    await user.type(makeup.getByLabelText('How it was made up'), 'Met with the director');
    await user.click(makeup.getByRole('button', { name: 'Save make-up' }));
    await waitFor(() => expect(makeup.getByLabelText('Day made up')).toHaveAccessibleDescription('The make-up is after the event.'));
    expect(state.sent[0]).toMatchObject({
      ifMatch: '"2"',
      body: { status: 'absent', note: '', makeup: { date: '2026-10-01', note: 'Met with the director' } },
    });
  });

  it('marks everyone with a place present', async () => {
    const state = serveSheet(attendanceSheet([sheetLine(sofia), sheetLine(marcus)]), {
      write: () => {
        state.sheet = attendanceSheet([
          sheetLine(sofia, attendanceMark()),
          sheetLine(marcus, attendanceMark({ person: marcus })),
        ]);
        return jsonResponse(200, state.sheet);
      },
    });
    const user = userEvent.setup();
    renderSheet();
    await user.click(await screen.findByRole('button', { name: 'All present' }));
    await waitFor(() => expect(count('attended')).toHaveTextContent('2'));
    expect(count('unmarked')).toHaveTextContent('0');
    expect(state.sent.map((s) => [s.method, s.path])).toEqual([['POST', `${sheetPath}/all-present`]]);
  });

  it('marks a walk-in attended, chosen among the program’s candidates not on the sheet', async () => {
    const member = (user: typeof sofia, id: string): Membership => ({
      id,
      program_id: PROGRAM_ID,
      role: 'candidate',
      user,
      district_id: null,
    });
    const state = serveSheet(attendanceSheet([sheetLine(marcus)]), {
      members: [member(sofia, 'm1'), member(marcus, 'm2')],
      write: () => {
        const mark = attendanceMark({ walk_in: true });
        state.sheet = attendanceSheet([...state.sheet.lines, { person: sofia, registration_state: null, attendance: mark }]);
        return jsonResponse(201, mark);
      },
    });
    const user = userEvent.setup();
    renderSheet();
    const form = within(await screen.findByRole('form', { name: 'Add a walk-in' }));
    const person = form.getByRole('combobox', { name: /Person/ });
    await waitFor(() => expect(within(person).getAllByRole('option')).toHaveLength(2));
    expect(within(person).queryByRole('option', { name: /Marcus Brooks/ })).not.toBeInTheDocument();
    await user.selectOptions(person, within(person).getByRole('option', { name: /Sofia Alvarez/ }));
    await user.click(form.getByRole('button', { name: 'Mark attended' }));

    expect(await form.findByText('Sofia Alvarez is marked attended, as a walk-in.')).toBeInTheDocument();
    expect(state.sent).toEqual([{ method: 'PUT', path: `${sheetPath}/${sofia.id}`, ifMatch: null, body: { status: 'attended' } }]);
    expect(row('Sofia Alvarez').getByText('Walk-in')).toBeInTheDocument();
  });

  it('shows a mark’s history once it is opened', async () => {
    const before = attendanceMark({ person: marcus, status: 'attended', version: 1 });
    serveSheet(attendanceSheet([sheetLine(marcus, attendanceMark({ person: marcus, status: 'absent', version: 2 }))]), {
      revisions: [{ id: 'r1', version: 1, at: '2026-09-25T10:00:00Z', by: casey, action: 'corrected', changed_fields: ['status'], before }],
    });
    const user = userEvent.setup();
    renderSheet();
    await user.click(await screen.findByText('History'));
    expect(await row('Marcus Brooks').findByText('Corrected')).toBeInTheDocument();
    expect(row('Marcus Brooks').getByText('Attended', { selector: '.before' })).toBeInTheDocument();
    expect(row('Marcus Brooks').getByText('Absent', { selector: '.after' })).toBeInTheDocument();
  });

  it('says why attendance cannot be taken yet, and offers no choice', async () => {
    serveSheet(
      attendanceSheet([sheetLine(sofia)], { can: { mark: false, closed_because: 'attendance is taken once the event has started' } }),
    );
    renderSheet();
    expect(await screen.findByText('Attendance is taken once the event has started.')).toBeInTheDocument();
    expect((await choices('Sofia Alvarez')).getByRole('radio', { name: 'Attended' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'All present' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add a walk-in' })).not.toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { EnrollmentMeetings, Enrollment } from '../../api/types';
import { type Who, appContextAs, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { enrollmentMeetings } from '../attendance/testData';
import { enrollment } from '../documents/testData';
import { experience } from '../job-shadows/testData';
import { plHours, plLedger, plLine, plYear } from '../professional-learning/testData';
import { CalibrationPage } from './CalibrationPage';
import { CalibrationPrint } from './CalibrationPrint';
import { ENROLLMENT_ID, ledger, ledgerMonth, ledgerYear, term } from './testData';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  sessionStore.set(null);
});

const BASE = `/api/enrollments/${ENROLLMENT_ID}`;
const refusal = (status: 403 | 404) => () => jsonResponse(status, { title: status === 403 ? 'Forbidden' : 'Not Found', status });

/** Year 1's three cohort meetings (one missed and made up), and year 2's first, beside a PL day. */
function meetings(): EnrollmentMeetings {
  const m = enrollmentMeetings();
  const cohort = (id: string, at: string, status: 'attended' | 'absent', made_up_on: string | null = null) => ({
    ...m.marks[0]!,
    attendance_id: id,
    event_starts_at: at,
    status,
    made_up_on,
  });
  return {
    ...m,
    marks: [
      ...m.marks,
      cohort('a3', '2026-04-10T17:30', 'attended'),
      cohort('a1', '2025-10-01T17:30', 'attended'),
      cohort('a2', '2026-01-15T17:30', 'absent', '2026-02-01'),
    ],
  };
}

const COUNTED = ['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05'];

const ANSWERS: Record<string, () => Response> = {
  '/meeting-counts': () => jsonResponse(200, meetings()),
  '/professional-learning-hours': () =>
    jsonResponse(
      200,
      plHours(plLedger([plYear(1, { counted_minutes: 1200, meets: true }), plYear(2, { counted_minutes: 420 })]), [
        plLine('2026-11-02', 420, { title: 'Equity in education' }),
        plLine('2025-10-10', 480, { source: 'alternative', title: 'ACSA Leadership Summit' }),
        plLine('2026-11-20', 180, { source: 'alternative', title: 'Data chats', pending: true }),
      ]),
    ),
  '/job-shadows-and-visits': () =>
    jsonResponse(200, [
      experience({
        status: 'submitted',
        submitted_at: '2026-11-21T12:00:00Z',
        minutes: 240,
        form: { ...experience().form, host: 'Dr. Lee, Central High' },
      }),
    ]),
  '/ledger': () =>
    jsonResponse(
      200,
      ledger([
        ledgerYear(1, [
          ledgerMonth('2025-07', 60, { counted: false }),
          ...COUNTED.map((month) => ledgerMonth(month, month === '2025-09' ? 300 : 270)),
        ]),
        ledgerYear(2, [
          ledgerMonth('2026-09', 285),
          ledgerMonth('2026-10', 0),
          ledgerMonth('2026-11', 270, { status: 'current' }),
          ledgerMonth('2026-12', 0, { status: 'future' }),
        ]),
      ]),
    ),
  '/reflections': () =>
    jsonResponse(200, [
      term('initial', { status: 'submitted', percent_complete: 100, due_date: '2025-10-15', submitted_at: '2025-10-05T12:00:00Z' }),
      term('interim', { status: 'in_progress', percent_complete: 40, due_date: '2026-06-15', overdue: true }),
      term('ending', { due_date: '2027-05-01' }),
    ]),
};

/** The sheet (or its print view) served with `overrides` in place of the parts' answers; the paths asked for are kept. */
function open({ e = enrollment(), overrides = {}, page = 'calibration', who = 'candidate' as Who }: {
  e?: Enrollment;
  overrides?: Record<string, () => Response>;
  page?: string;
  who?: Who;
} = {}) {
  const asked: string[] = [];
  serve((method, path) => {
    asked.push(path);
    if (method === 'GET' && path === BASE) return jsonResponse(200, e);
    const part = path.startsWith(BASE) ? path.slice(BASE.length) : '';
    const answer = overrides[part] ?? ANSWERS[part];
    return answer ? answer() : jsonResponse(404, { title: 'Not Found', status: 404 });
  });
  renderWithApp(
    <Routes>
      <Route path="/enrollments/:id/calibration" element={<CalibrationPage />} />
      <Route path="/enrollments/:id/calibration/print" element={<CalibrationPrint />} />
    </Routes>,
    appContextAs(who),
    `/enrollments/${ENROLLMENT_ID}/${page}`,
  );
  return { asked };
}

const fact = (scope: HTMLElement, term: string) => within(scope).getByText(term, { selector: 'dt' }).nextElementSibling;

const PARTS = {
  meetings: 'Candidate Cohort Meetings',
  pl: 'Professional Learning',
  shadow: 'Job Shadow / CA Distinguished School / Gold-Ribbon School Visit',
  coaching: 'Coaching Logs',
  reflections: 'Reflections',
};

const contains = (text: string) => expect.stringContaining(text);

const part = (name: string) => screen.findByRole('region', { name });

/** A table's body rows, each as the text of its cells. */
function rowsOf(scope: HTMLElement): string[][] {
  return within(within(scope).getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

describe('the Portfolio Calibration sheet', () => {
  it('lays out the handbook’s sheet: its header, then each part from its own ledger', async () => {
    open();
    expect(await screen.findByRole('heading', { level: 1, name: 'Portfolio Calibration' })).toBeInTheDocument();
    const main = document.body;
    expect(fact(main, 'Beginning Year')).toHaveTextContent('2026');
    expect(fact(main, 'Cohort')).toHaveTextContent('Cohort A');
    expect(fact(main, 'Ending Year')).toHaveTextContent('2028');
    expect(fact(main, 'Candidate')).toHaveTextContent('Sofia Alvarez');
    expect(screen.getByRole('link', { name: 'Print view' })).toHaveAttribute('href', `/enrollments/${ENROLLMENT_ID}/calibration/print`);

    // Cohort meetings by year: the dates, a missed one with its make-up; the PL day is not one of them.
    const meetingsPart = await part(PARTS.meetings);
    await waitFor(() => expect(within(meetingsPart).getByRole('table')).toBeInTheDocument());
    const [year1, year2] = within(within(meetingsPart).getByRole('table')).getAllByRole('row').slice(1);
    expect(within(year1!).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Oct 1, 2025',
      'Jan 15, 2026 (absent, made up Feb 1, 2026)',
      'Apr 10, 2026',
    ]);
    expect(year1).toHaveTextContent('3 of 3 required (4 offered)');
    expect(within(year2!).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Sep 24, 2026']);
    expect(year2).toHaveTextContent('2 of 3 required (4 offered)');
    expect(meetingsPart).not.toHaveTextContent('Nov 2, 2026');

    // Professional learning: dates and topics, earliest first; one waits for approval.
    const plPart = await part(PARTS.pl);
    await waitFor(() => expect(within(plPart).getByRole('table')).toBeInTheDocument());
    expect(rowsOf(plPart)).toEqual([
      ['Oct 10, 2025', 'ACSA Leadership SummitAlternative PL', '8 h 00 min'].map(contains),
      ['Nov 2, 2026', 'Equity in educationProgram PL day', '7 h 00 min'].map(contains),
      ['Nov 20, 2026', 'Data chats', '3 h 00 min'].map(contains),
    ]);
    expect(rowsOf(plPart)[2]![1]).toContain('waiting for approval');
    expect(plPart).toHaveTextContent('Year 1: 20 h 00 min of 20 h 00 min counted · met');

    // The job shadow: its date and notes.
    const shadow = await part(PARTS.shadow);
    await waitFor(() => expect(within(shadow).getByRole('table')).toBeInTheDocument());
    expect(rowsOf(shadow)).toEqual([['Nov 20, 2026', 'Job shadow – Dr. Lee, Central High · 4 h 00 min · Submitted Nov 21, 2026']]);

    // Coaching hours month by month, each program year.
    const coaching = await part(PARTS.coaching);
    const year1Months = await within(coaching).findByLabelText('Coaching hours by month, year 1');
    const terms = [...year1Months.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(terms).toEqual(['Jul 2025', 'Sep 2025', 'Oct 2025', 'Nov 2025', 'Dec 2025', 'Jan 2026', 'Feb 2026', 'Mar 2026', 'Apr 2026', 'May 2026']);
    expect(fact(year1Months, 'Sep 2025')).toHaveTextContent('5 h 00 min');
    expect(fact(year1Months, 'Oct 2025')).toHaveTextContent('4 h 30 min');
    expect(fact(year1Months, 'Jul 2025')).toHaveTextContent('1 h 00 minnot a counted month');
    const year2Months = within(coaching).getByLabelText('Coaching hours by month, year 2');
    expect(fact(year2Months, 'Sep 2026')).toHaveTextContent('4 h 45 min');
    expect(fact(year2Months, 'Oct 2026')).toHaveTextContent('0 h 00 min');
    // A month still ahead is blank, as on paper.
    expect(fact(year2Months, 'Dec 2026')).toHaveTextContent(/^—$/);
    expect(coaching).toHaveTextContent('Year 1 total: 42 h 00 min of 40 h 00 min · met');
    expect(coaching).toHaveTextContent('Program: 51 h 15 min of 80 h 00 min');

    // Reflections: each term's due and submitted dates.
    const reflections = await part(PARTS.reflections);
    await waitFor(() => expect(within(reflections).getByRole('table')).toBeInTheDocument());
    expect(rowsOf(reflections)).toEqual([
      ['Initial', 'Oct 15, 2025', 'Oct 5, 2025'],
      ['Interim', 'Jun 15, 2026', 'Not submitted (in progress, 40%) · Overdue'],
      ['Ending', 'May 1, 2027', 'Not submitted (not started)'],
    ]);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says “Not yours to see” in a part the server refuses, and shows the others', async () => {
    open({ overrides: { '/ledger': refusal(403), '/reflections': refusal(404) } });
    const coaching = await part(PARTS.coaching);
    expect(await within(coaching).findByText('Not yours to see.')).toBeInTheDocument();
    expect(await within(await part(PARTS.reflections)).findByText('Not yours to see.')).toBeInTheDocument();
    const meetingsPart = await part(PARTS.meetings);
    expect(await within(meetingsPart).findByText('Oct 1, 2025')).toBeInTheDocument();
    expect(await within(await part(PARTS.pl)).findByText('Equity in education', { exact: false })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not ask for the job shadow’s summaries without the candidate’s records', async () => {
    const { asked } = open({ e: enrollment({ read_records: false, upload_document: false }), who: 'district_representative' });
    const shadow = await part(PARTS.shadow);
    expect(within(shadow).getByText('Not yours to see.')).toBeInTheDocument();
    expect(await within(await part(PARTS.reflections)).findByText('Oct 5, 2025')).toBeInTheDocument();
    expect(asked).not.toContain(`${BASE}/job-shadows-and-visits`);
  });

  it('prints the same sheet, under the program’s name', async () => {
    open({ page: 'calibration/print' });
    const sheet = await screen.findByRole('article', { name: 'Portfolio Calibration' });
    expect(within(sheet).getByRole('button', { name: 'Print' })).toBeInTheDocument();
    expect(within(sheet).getByRole('link', { name: 'Back to the sheet' })).toHaveAttribute('href', `/enrollments/${ENROLLMENT_ID}/calibration`);
    expect(within(sheet).getByText('Demo County CASC')).toBeInTheDocument();
    for (const name of Object.values(PARTS)) expect(within(sheet).getByRole('region', { name })).toBeInTheDocument();
    const coaching = within(sheet).getByRole('region', { name: PARTS.coaching });
    expect(await within(coaching).findByText('Sep 2025')).toBeInTheDocument();
    expect(await within(within(sheet).getByRole('region', { name: PARTS.reflections })).findByText('Oct 5, 2025')).toBeInTheDocument();
  });
});

import type { Attendance, AttendanceSheet, EnrollmentMeetings, SheetLine, Tally } from '../../api/types';
import { EVENT_ID, LOCATION, person } from '../events/testData';

export const sofia = person('Sofia Alvarez', 'cand.alvarez');
export const marcus = person('Marcus Brooks', 'cand.brooks');
export const casey = person('Casey Coordinator', 'coordinator');
export const ENROLLMENT_ID = 'eeeeeeee-0000-0000-0000-000000000001';

/** Sofia Alvarez's mark at the cohort meeting of Sep 24: attended, as the coordinator marked it. */
export function attendanceMark(overrides: Partial<Attendance> = {}): Attendance {
  return {
    id: `att-${(overrides.person ?? sofia).username}`,
    event_id: EVENT_ID,
    event_title: 'Candidate Cohort Meeting',
    event_kind: 'cohort_meeting',
    event_starts_at: '2026-09-24T17:30',
    event_ends_at: '2026-09-24T20:00',
    time_zone: 'America/Los_Angeles',
    location: LOCATION,
    program_name: 'Demo County CASC',
    organisation: 'Demo County Office of Education',
    person: sofia,
    status: 'attended',
    walk_in: false,
    note: '',
    credited_minutes: 150,
    makeup: null,
    recorded_by: casey,
    recorded_at: '2026-09-24T18:00:00Z',
    updated_at: '2026-09-24T18:00:00Z',
    version: 1,
    can: { correct: true, certificate: true },
    ...overrides,
  };
}

export function sheetLine(who: SheetLine['person'], attendance: Attendance | null = null): SheetLine {
  return { person: who, registration_state: 'confirmed', attendance };
}

/** The sheet of the cohort meeting, counted from its lines. */
export function attendanceSheet(lines: SheetLine[], overrides: Partial<AttendanceSheet> = {}): AttendanceSheet {
  const count = (s: string) => lines.filter((l) => l.attendance?.status === s).length;
  return {
    event_id: EVENT_ID,
    event_title: 'Candidate Cohort Meeting',
    event_kind: 'cohort_meeting',
    event_starts_at: '2026-09-24T17:30',
    credited_minutes: 150,
    lines,
    attended: count('attended'),
    absent: count('absent'),
    excused: count('excused'),
    unmarked: lines.filter((l) => !l.attendance).length,
    can: { mark: true, closed_because: null },
    ...overrides,
  };
}

export const tally = (counted: number, required: number, offered: number, made_up = 0): Tally => ({
  counted,
  required,
  offered,
  made_up,
  met: counted >= required,
});

/** Sofia Alvarez in year 2 of the program, on Dec 2, 2026: two of three cohort meetings this year. */
export function enrollmentMeetings(): EnrollmentMeetings {
  return {
    enrollment_id: ENROLLMENT_ID,
    candidate: sofia,
    as_of: '2026-12-02',
    counts: {
      years: [
        {
          year: 1,
          starts_on: '2025-09-01',
          ends_on: '2026-08-31',
          orientation: tally(1, 1, 1),
          cohort_meetings: tally(3, 3, 4, 1),
          end_of_year: tally(1, 1, 1),
          pl_event_minutes: 960,
        },
        {
          year: 2,
          starts_on: '2026-09-01',
          ends_on: '2027-08-31',
          orientation: null,
          cohort_meetings: tally(2, 3, 4),
          end_of_year: tally(0, 1, 1),
          pl_event_minutes: 420,
        },
      ],
      cohort_meetings_total: tally(5, 6, 8, 1),
      met: false,
    },
    marks: [
      {
        attendance_id: 'att-cand.alvarez',
        event_id: EVENT_ID,
        event_title: 'Candidate Cohort Meeting',
        event_kind: 'cohort_meeting',
        event_starts_at: '2026-09-24T17:30',
        status: 'attended',
        made_up_on: null,
        credited_minutes: 150,
        certificate: true,
      },
      {
        attendance_id: 'att-pl',
        event_id: 'evvvvvvv-0000-0000-0000-000000000002',
        event_title: 'Professional Learning Day',
        event_kind: 'professional_learning',
        event_starts_at: '2026-11-02T08:30',
        status: 'absent',
        made_up_on: null,
        credited_minutes: 0,
        certificate: false,
      },
    ],
  };
}

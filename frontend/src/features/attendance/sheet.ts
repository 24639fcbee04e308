import type {
  Attendance,
  AttendanceSheet,
  AttendanceStatus,
  EventKind,
  Makeup,
  MakeupRequest,
  MarkAttendance,
  ProgramEvent,
} from '../../api/types';

/** The required meetings, whose absences are made up (the handbook's make-up rule). */
const REQUIRED_KINDS: readonly EventKind[] = ['orientation', 'coach_training', 'cohort_meeting', 'coach_meeting', 'end_of_year'];

/** The request's names for a make-up's parts, as the API's errors name them. */
export const MAKEUP_FIELDS: readonly string[] = ['makeup', 'makeup.event_id', 'makeup.date', 'makeup.note'];

/** Whether a mark may carry a make-up: an absence (excused or not) at a required meeting. */
export function canMakeUp(kind: EventKind, status: AttendanceStatus | null | undefined): boolean {
  return REQUIRED_KINDS.includes(kind) && (status === 'absent' || status === 'excused');
}

/** A make-up as the API stored it, as it is sent again: the session, or the date and how. */
export function makeupRequest(m: Makeup): MakeupRequest {
  return m.event_id ? { event_id: m.event_id } : { date: m.date, note: m.note };
}

/**
 * A mark as it is sent: the whole of it, as a PUT replaces the mark. A make-up goes only with an
 * absence; choosing Attended drops it.
 */
export function markBody(status: AttendanceStatus, note: string, makeup: MakeupRequest | null | undefined): MarkAttendance {
  const body: MarkAttendance = { status, note: note.trim() };
  if (makeup && status !== 'attended') body.makeup = makeup;
  return body;
}

/** The sheet with a person's new mark in their line (a walk-in's line added last), counted again. */
export function withMark(sheet: AttendanceSheet, mark: Attendance): AttendanceSheet {
  const known = sheet.lines.some((l) => l.person.id === mark.person.id);
  const lines = known
    ? sheet.lines.map((l) => (l.person.id === mark.person.id ? { ...l, attendance: mark } : l))
    : [...sheet.lines, { person: mark.person, registration_state: null, attendance: mark }];
  const count = (s: AttendanceStatus) => lines.filter((l) => l.attendance?.status === s).length;
  return {
    ...sheet,
    lines,
    attended: count('attended'),
    absent: count('absent'),
    excused: count('excused'),
    unmarked: lines.filter((l) => !l.attendance).length,
  };
}

/**
 * The sessions an absence can be made up at: the program's other sessions of the same kind that
 * have started (`now` is the program's wall-clock time, as `nowIn` gives it) and were not cancelled.
 */
export function makeupSessions(
  events: ProgramEvent[],
  at: { eventId: string; kind: EventKind },
  now: string,
): ProgramEvent[] {
  return events.filter((e) => e.id !== at.eventId && e.kind === at.kind && e.status !== 'cancelled' && e.starts_at <= now);
}

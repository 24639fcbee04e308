import type { Attendance, AttendanceStatus, Makeup } from '../../api/types';
import type { FieldChange, Revision } from '../../components/RevisionTable';
import { formatDate } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';

/** The sign-in sheet's choices, in its order. */
export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  attended: 'Attended',
  absent: 'Absent',
  excused: 'Excused',
};

export const ATTENDANCE_STATUSES = Object.keys(ATTENDANCE_STATUS_LABELS) as AttendanceStatus[];

/** "Made up at Candidate Cohort Meeting, Nov 12, 2026" or "Made up on Oct 1, 2026: met with the director". */
export function makeupText(m: Makeup): string {
  if (m.event_id) return `Made up at ${m.event_title ?? 'another session'}, ${formatDate(m.date)}`;
  return `Made up on ${formatDate(m.date)}${m.note.trim() ? `: ${m.note.trim()}` : ''}`;
}

/** The actions of a mark's history. */
export const REVISION_ACTIONS: Record<string, string> = { corrected: 'Corrected' };

/** What a correction can change, as the history shows it. */
const CHANGEABLE: { label: string; text: (a: Attendance) => string }[] = [
  { label: 'Attendance', text: (a) => ATTENDANCE_STATUS_LABELS[a.status] },
  { label: 'Note', text: (a) => a.note.trim() || '(empty)' },
  { label: 'Make-up', text: (a) => (a.makeup ? makeupText(a.makeup) : 'None') },
  { label: 'Hours credited', text: (a) => formatMinutes(a.credited_minutes) },
];

/** The lines of a correction: each part of the mark that reads differently after it. */
export function markChanges(revision: Revision<Attendance>, after: Attendance): FieldChange[] {
  return CHANGEABLE.map(({ label, text }) => ({ label, before: text(revision.before), after: text(after) })).filter(
    (c) => c.before !== c.after,
  );
}

import type { CandidateYear, Enrollment, EnrollmentMeetings, MarkLine } from '../../api/types';
import { formatDate } from '../../lib/labels';

/** The day of an instant, in the browser's zone: "Dec 7, 2026". */
export function dayOf(iso: string | null | undefined): string {
  const d = iso ? new Date(iso) : null;
  return d && !Number.isNaN(d.getTime()) ? d.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' }) : '—';
}

/** The year of a date ("2025-09-01" → "2025"), as the sheet's Beginning and Ending Year. */
export function yearOf(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-/.exec(iso) : null;
  return m ? m[1]! : '—';
}

/** The sheet's header: the year the candidate began, their cohort, the year their program ends. */
export function sheetHeader(e: Pick<Enrollment, 'start_date' | 'program_ends_on' | 'cohort_label'>) {
  return { beginning: yearOf(e.start_date), cohort: e.cohort_label, ending: yearOf(e.program_ends_on) };
}

/** The cohort meetings marked in a program year, earliest first. */
export function cohortMeetingsOf(meetings: Pick<EnrollmentMeetings, 'marks'>, year: Pick<CandidateYear, 'starts_on' | 'ends_on'>): MarkLine[] {
  return meetings.marks
    .filter((m) => m.event_kind === 'cohort_meeting')
    .filter((m) => {
      const day = m.event_starts_at.slice(0, 10);
      return day >= year.starts_on && day <= year.ends_on;
    })
    .sort((a, b) => a.event_starts_at.localeCompare(b.event_starts_at));
}

/** A cohort meeting's date as the sheet gives it: "Sep 24, 2026", or with why it did not count as attended. */
export function meetingDateText(m: MarkLine): string {
  const day = formatDate(m.event_starts_at);
  if (m.status === 'attended') return day;
  const why = m.status === 'absent' ? 'absent' : 'excused';
  return m.made_up_on ? `${day} (${why}, made up ${formatDate(m.made_up_on)})` : `${day} (${why})`;
}

import type { ActivityCode, CoachingLog, LogMode, LogState } from '../../api/types';
import { formatDate } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';

export const MODE_LABELS: Record<LogMode, string> = {
  face_to_face: 'Face-to-face',
  phone: 'Phone',
  video: 'Video',
  email: 'Email',
  text: 'Text',
};

/** The handbook's "system of support" modes, grouped under that heading on the form. */
export const SUPPORT_MODES: LogMode[] = ['phone', 'video', 'email', 'text'];

export const LOG_STATE_LABELS: Record<LogState, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  acknowledged: 'Acknowledged',
  returned: 'Returned to coach',
};

/**
 * How a field is filled in and read: `activities` and `standards` are checklists (the program's
 * activity codes, the CPSEL standards), `yes-no` a single checkbox.
 */
export type LogFieldKind = 'date' | 'time' | 'duration' | 'mode' | 'activities' | 'standards' | 'text' | 'yes-no';

/** The parts of the handbook's Collaborative Coaching Log, as the read-only sheet lays them out. */
export type LogFieldPart = 'meeting' | 'checklists' | 'notes' | 'follow-up';

interface FieldBase {
  label: string;
  part: LogFieldPart;
  /** Needed before the coach can submit the log. */
  required?: boolean;
}

/** A field of the log; `key` is its name in the API (and in the server's field errors). */
export type LogFieldSpec = FieldBase &
  (
    | { key: 'meeting_date' | 'next_meeting_date'; kind: 'date' }
    | { key: 'start_time' | 'next_meeting_time'; kind: 'time' }
    | { key: 'duration_minutes'; kind: 'duration' }
    | { key: 'mode'; kind: 'mode' }
    | { key: 'activity_codes'; kind: 'activities' }
    | { key: 'standards'; kind: 'standards' }
    | { key: 'focus' | 'candidate_next_steps' | 'coach_next_steps' | 'ilp_revisions'; kind: 'text' }
    | { key: 'follow_up_done'; kind: 'yes-no' }
  );

/**
 * The coaching log's fields in the form's order: the edit form, the read-only sheet (and its
 * print view) and the revision history all take their fields and labels from here.
 */
export const LOG_FIELDS: readonly LogFieldSpec[] = [
  { key: 'meeting_date', label: 'Meeting date', kind: 'date', part: 'meeting', required: true },
  { key: 'start_time', label: 'Start time', kind: 'time', part: 'meeting', required: true },
  { key: 'duration_minutes', label: 'Duration', kind: 'duration', part: 'meeting', required: true },
  { key: 'mode', label: 'Mode', kind: 'mode', part: 'meeting', required: true },
  { key: 'activity_codes', label: 'Activities', kind: 'activities', part: 'checklists' },
  { key: 'standards', label: 'CPSEL standards addressed', kind: 'standards', part: 'checklists' },
  { key: 'focus', label: 'Current focus, challenges & celebrations', kind: 'text', part: 'notes' },
  { key: 'candidate_next_steps', label: 'Candidate’s next steps', kind: 'text', part: 'notes' },
  { key: 'coach_next_steps', label: 'Coach’s next steps', kind: 'text', part: 'notes' },
  { key: 'ilp_revisions', label: 'ILP revisions', kind: 'text', part: 'notes' },
  { key: 'next_meeting_date', label: 'Next meeting date', kind: 'date', part: 'follow-up' },
  { key: 'next_meeting_time', label: 'Next meeting time', kind: 'time', part: 'follow-up' },
  { key: 'follow_up_done', label: 'Reflective follow-up conversation held', kind: 'yes-no', part: 'follow-up' },
];

export type LogField = LogFieldSpec['key'];

/** The field the API calls `name`, if it is one of the form's. */
export function logField(name: string): LogFieldSpec | undefined {
  return LOG_FIELDS.find((f) => f.key === name);
}

export function logFieldsIn(part: LogFieldPart): LogFieldSpec[] {
  return LOG_FIELDS.filter((f) => f.part === part);
}

export interface CodeGroup {
  label: string;
  codes: ActivityCode[];
}

/** Numbered codes are program requirements, lettered ones job-embedded support (as on the form). */
export function groupActivityCodes(codes: ActivityCode[]): CodeGroup[] {
  const groups: CodeGroup[] = [
    { label: 'Program requirements', codes: codes.filter((c) => /^\d+$/.test(c.code)) },
    { label: 'Job-embedded support', codes: codes.filter((c) => /^[A-Za-z]$/.test(c.code)) },
  ];
  const rest = codes.filter((c) => !/^\d+$/.test(c.code) && !/^[A-Za-z]$/.test(c.code));
  if (rest.length) groups.push({ label: 'Other activities', codes: rest });
  return groups.filter((g) => g.codes.length > 0);
}

/** "14:30" → "2:30 PM". */
export function formatClock(hhmm: string | null | undefined): string {
  if (!hhmm) return '—';
  const m = /^(\d{2}):(\d{2})/.exec(hhmm);
  if (!m) return hhmm;
  const h = Number(m[1]);
  return `${h % 12 === 0 ? 12 : h % 12}:${m[2]} ${h < 12 ? 'AM' : 'PM'}`;
}

export function modeText(mode: CoachingLog['mode']): string {
  if (!mode) return '—';
  return SUPPORT_MODES.includes(mode) ? `System of support: ${MODE_LABELS[mode]}` : MODE_LABELS[mode];
}

/** A field's value as text (activities by code and name), or null when it is empty. */
export function logFieldText(field: LogFieldSpec, log: CoachingLog, codes: ActivityCode[]): string | null {
  switch (field.kind) {
    case 'date': {
      const date = log[field.key];
      return date ? formatDate(date) : null;
    }
    case 'time': {
      const time = log[field.key];
      return time ? formatClock(time) : null;
    }
    case 'duration':
      return log.duration_minutes === null || log.duration_minutes === undefined ? null : formatMinutes(log.duration_minutes);
    case 'mode':
      return log.mode ? modeText(log.mode) : null;
    case 'activities':
      return log.activity_codes.length
        ? log.activity_codes.map((c) => `${c} ${codes.find((a) => a.code === c)?.label ?? ''}`.trim()).join('; ')
        : null;
    case 'standards':
      return log.standards.length ? log.standards.join(', ') : null;
    case 'text': {
      const text = log[field.key];
      return text && text.trim() ? text : null;
    }
    case 'yes-no':
      return log.follow_up_done === null || log.follow_up_done === undefined ? null : log.follow_up_done ? 'Yes' : 'No';
  }
}

import type { ActivityCode, CoachingLog, LogFields, LogMode, LogState } from '../api/types';
import type { Changes } from './autosave';
import { formProblem, normaliseField, type FormProblem } from '../api/problem';
import { formatMinutes, joinMinutes, splitMinutes } from './units';

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

/** The handbook's activity codes, for a program whose settings do not list them. */
export const DEFAULT_ACTIVITY_CODES: ActivityCode[] = [
  { code: '1', label: 'Induction plan / cycle of inquiry' },
  { code: '2', label: 'CPSEL reflection and artifacts' },
  { code: '3', label: 'Self-assessment on the Descriptions of Practice' },
  { code: '4', label: 'Goal setting' },
  { code: 'A', label: 'Instructional coaching' },
  { code: 'B', label: 'Observations' },
  { code: 'C', label: 'Professional learning' },
  { code: 'D', label: 'Collaboration with colleagues' },
  { code: 'E', label: 'Text, email or phone' },
  { code: 'F', label: 'Other' },
];

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

/** The log form as it holds it: text per input. The duration is one value (hours, minutes). */
export interface LogDraft {
  meeting_date: string;
  start_time: string;
  duration: [string, string];
  mode: LogMode | '';
  activity_codes: string[];
  standards: number[];
  focus: string;
  candidate_next_steps: string;
  coach_next_steps: string;
  ilp_revisions: string;
  next_meeting_date: string;
  next_meeting_time: string;
  follow_up_done: boolean;
}

export const EMPTY_LOG_DRAFT: LogDraft = {
  meeting_date: '',
  start_time: '',
  duration: ['', ''],
  mode: '',
  activity_codes: [],
  standards: [],
  focus: '',
  candidate_next_steps: '',
  coach_next_steps: '',
  ilp_revisions: '',
  next_meeting_date: '',
  next_meeting_time: '',
  follow_up_done: false,
};

/** The request body's field names: where the server's field errors are shown. */
export const LOG_FIELDS = [
  'meeting_date',
  'start_time',
  'duration_minutes',
  'mode',
  'activity_codes',
  'standards',
  'focus',
  'candidate_next_steps',
  'coach_next_steps',
  'ilp_revisions',
  'next_meeting_date',
  'next_meeting_time',
  'follow_up_done',
] as const;

export type LogField = (typeof LOG_FIELDS)[number];

export const LOG_FIELD_LABELS: Record<LogField, string> = {
  meeting_date: 'Meeting date',
  start_time: 'Start time',
  duration_minutes: 'Duration',
  mode: 'Mode',
  activity_codes: 'Activities',
  standards: 'CPSEL standards',
  focus: 'Current focus, challenges & celebrations',
  candidate_next_steps: 'Candidate’s next steps',
  coach_next_steps: 'Coach’s next steps',
  ilp_revisions: 'ILP revisions',
  next_meeting_date: 'Next meeting date',
  next_meeting_time: 'Next meeting time',
  follow_up_done: 'Reflective follow-up conversation held',
};

/** `standards[0]` / `standards.0` point at the standards checkboxes as a whole. */
export function logFieldOf(field: string): string {
  return normaliseField(field).replace(/\.\d+$/, '');
}

/** The draft key that holds a request field. */
export function draftKeyOf(field: string): keyof LogDraft | null {
  const f = logFieldOf(field);
  if (f === 'duration_minutes') return 'duration';
  return f in EMPTY_LOG_DRAFT ? (f as keyof LogDraft) : null;
}

/** "14:30:00" (some browsers) → "14:30". */
function clock(s: string | null | undefined): string {
  return s ? s.slice(0, 5) : '';
}

export function logToDraft(log: CoachingLog): LogDraft {
  const d = splitMinutes(log.duration_minutes);
  return {
    meeting_date: log.meeting_date ?? '',
    start_time: clock(log.start_time),
    duration: [d.hours, d.minutes],
    mode: log.mode ?? '',
    activity_codes: [...(log.activity_codes ?? [])],
    standards: [...(log.standards ?? [])],
    focus: log.focus ?? '',
    candidate_next_steps: log.candidate_next_steps ?? '',
    coach_next_steps: log.coach_next_steps ?? '',
    ilp_revisions: log.ilp_revisions ?? '',
    next_meeting_date: log.next_meeting_date ?? '',
    next_meeting_time: clock(log.next_meeting_time),
    follow_up_done: log.follow_up_done ?? false,
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The request body for what changed between the base (what the server has) and the draft.
 * Cleared inputs are sent as null; a duration the browser cannot read is not sent and is
 * reported under `duration_minutes`, like the server would.
 */
export function logChanges(draft: LogDraft, base: LogDraft): Changes<LogDraft, LogFields> {
  const fields: LogFields = {};
  const sent: (keyof LogDraft)[] = [];
  const errors: Record<string, string> = {};
  for (const key of Object.keys(draft) as (keyof LogDraft)[]) {
    if (same(draft[key], base[key])) continue;
    switch (key) {
      case 'duration': {
        const parsed = joinMinutes(draft.duration[0], draft.duration[1]);
        if ('error' in parsed) {
          errors.duration_minutes = parsed.error;
          continue;
        }
        fields.duration_minutes = parsed.minutes;
        break;
      }
      case 'meeting_date':
      case 'start_time':
      case 'next_meeting_date':
      case 'next_meeting_time':
        fields[key] = draft[key] ? draft[key] : null;
        break;
      case 'mode':
        fields.mode = draft.mode || null;
        break;
      case 'activity_codes':
        fields.activity_codes = [...draft.activity_codes];
        break;
      case 'standards':
        fields.standards = [...draft.standards];
        break;
      case 'follow_up_done':
        fields.follow_up_done = draft.follow_up_done;
        break;
      default:
        fields[key] = draft[key];
    }
    sent.push(key);
  }
  return { fields, sent, errors };
}

/** Toggle a value in a list, keeping the order of `order` (the form's order). */
export function toggle<T>(list: T[], value: T, on: boolean, order: T[]): T[] {
  const set = new Set(list);
  if (on) set.add(value);
  else set.delete(value);
  const known = order.filter((v) => set.has(v));
  return [...known, ...[...set].filter((v) => !order.includes(v))];
}

/** A field's value as a sentence fragment, for the revision history. */
export function describeLogValue(field: string, log: CoachingLog, codes: ActivityCode[]): string {
  const v = (log as unknown as Record<string, unknown>)[field];
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return '(empty)';
  switch (field) {
    case 'duration_minutes':
      return formatMinutes(v as number);
    case 'mode':
      return MODE_LABELS[v as LogMode] ?? String(v);
    case 'state':
      return LOG_STATE_LABELS[v as LogState] ?? String(v);
    case 'follow_up_done':
      return v ? 'Yes' : 'No';
    case 'activity_codes':
      return (v as string[]).map((c) => `${c} ${codes.find((a) => a.code === c)?.label ?? ''}`.trim()).join('; ');
    case 'standards':
      return (v as number[]).join(', ');
    default:
      return String(v);
  }
}

/** "14:30" → "2:30 PM". */
export function formatClock(hhmm: string | null | undefined): string {
  if (!hhmm) return '—';
  const m = /^(\d{2}):(\d{2})/.exec(hhmm);
  if (!m) return hhmm;
  const h = Number(m[1]);
  return `${h % 12 === 0 ? 12 : h % 12}:${m[2]} ${h < 12 ? 'AM' : 'PM'}`;
}

/** A problem whose field errors are keyed by the log form's fields (`standards[1]` → `standards`). */
export function logProblem(err: unknown): FormProblem {
  const p = formProblem(err);
  const fields: Record<string, string> = {};
  const general = [...p.general];
  for (const [name, message] of Object.entries(p.fields)) {
    const field = logFieldOf(name);
    if ((LOG_FIELDS as readonly string[]).includes(field)) fields[field] = fields[field] ? `${fields[field]} ${message}` : message;
    else general.push(`${name}: ${message}`);
  }
  return { fields, general, conflict: p.conflict };
}

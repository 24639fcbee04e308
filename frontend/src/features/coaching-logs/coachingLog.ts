import { formProblem, normaliseField, type FormProblem } from '../../api/problem';
import type { CoachingLog, LogFields, LogMode } from '../../api/types';
import type { Changes } from '../../lib/autosave';
import { joinMinutes, splitMinutes } from '../../lib/units';
import { LOG_FIELDS } from './logFields';

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

/** A problem whose field errors are keyed by the log form's fields (`standards[1]` → `standards`). */
export function logProblem(err: unknown): FormProblem {
  const p = formProblem(err);
  const fields: Record<string, string> = {};
  const general = [...p.general];
  for (const [name, message] of Object.entries(p.fields)) {
    const field = logFieldOf(name);
    if (LOG_FIELDS.some((f) => f.key === field)) fields[field] = fields[field] ? `${fields[field]} ${message}` : message;
    else general.push(`${name}: ${message}`);
  }
  return { fields, general, conflict: p.conflict };
}

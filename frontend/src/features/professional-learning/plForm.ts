import { formProblem, type FormProblem } from '../../api/problem';
import type { NewProfessionalLearning, PlReflection, ProfessionalLearning, ProfessionalLearningChange } from '../../api/types';
import type { Changes } from '../../lib/autosave';
import { hoursToMinutes, minutesToHours } from '../../lib/units';
import { PL_FIELD_KEYS, type PlFieldKey } from './plFields';

/** The PL reflection form as it holds it: hours as typed, the ILP's id or "" for none. */
export interface PlDraft {
  title: string;
  activity_date: string;
  hours: string;
  ilp_id: string;
  standards: number[];
  placement_before: number | null;
  placement_after: number | null;
  summary: string;
}

/** A blank form, dated `today`. */
export function emptyPlDraft(today = ''): PlDraft {
  return {
    title: '',
    activity_date: today,
    hours: '',
    ilp_id: '',
    standards: [],
    placement_before: null,
    placement_after: null,
    summary: '',
  };
}

export function plToDraft(pl: ProfessionalLearning): PlDraft {
  return {
    title: pl.title,
    activity_date: pl.activity_date,
    hours: minutesToHours(pl.minutes),
    ilp_id: pl.ilp_id ?? '',
    standards: [...pl.reflection.standards],
    placement_before: pl.reflection.placement_before ?? null,
    placement_after: pl.reflection.placement_after ?? null,
    summary: pl.reflection.summary,
  };
}

/** The reflection's own fields, which the API takes whole. */
const REFLECTION_KEYS = ['standards', 'placement_before', 'placement_after', 'summary'] as const;

function reflectionOf(d: PlDraft): PlReflection {
  return { standards: d.standards, placement_before: d.placement_before, placement_after: d.placement_after, summary: d.summary };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The hours typed, as minutes; an error message for what is not a number of hours. */
export function minutesOf(hours: string): { minutes: number | null; error?: string } {
  if (!hours.trim()) return { minutes: null };
  const minutes = hoursToMinutes(hours);
  return minutes === null ? { minutes: null, error: 'Enter the hours as a number, e.g. 6 or 2.5.' } : { minutes };
}

/**
 * The request body for what changed since the base. A new record is sent once it has what the
 * API needs to create it (a title, a date, its hours), with everything typed so far; after that,
 * the changed fields, the reflection's whole. Hours that are not a number are not sent: the
 * message stands beside them.
 */
export function plChanges(draft: PlDraft, base: PlDraft, creating: boolean): Changes<PlDraft, ProfessionalLearningChange> {
  const errors: Record<string, string> = {};
  const hours = minutesOf(draft.hours);
  if (hours.error) errors.minutes = hours.error;
  else if (hours.minutes === null && !creating) errors.minutes = 'Enter the hours, e.g. 6 or 2.5.';
  if (!draft.activity_date && !creating) errors.activity_date = 'Enter the date of the professional learning.';

  if (creating) {
    if (!draft.title.trim() || !draft.activity_date || hours.minutes === null) return { fields: {}, sent: [], errors };
    return {
      fields: {
        title: draft.title,
        activity_date: draft.activity_date,
        minutes: hours.minutes,
        ilp_id: draft.ilp_id || null,
        reflection: reflectionOf(draft),
      },
      sent: Object.keys(draft) as (keyof PlDraft)[],
      errors,
    };
  }

  const fields: ProfessionalLearningChange = {};
  const sent: (keyof PlDraft)[] = [];
  if (draft.title !== base.title) {
    fields.title = draft.title;
    sent.push('title');
  }
  if (draft.activity_date !== base.activity_date && !errors.activity_date) {
    fields.activity_date = draft.activity_date;
    sent.push('activity_date');
  }
  if (draft.hours !== base.hours && hours.minutes !== null) {
    fields.minutes = hours.minutes;
    sent.push('hours');
  }
  if (draft.ilp_id !== base.ilp_id) {
    fields.ilp_id = draft.ilp_id || null;
    sent.push('ilp_id');
  }
  if (REFLECTION_KEYS.some((k) => !same(draft[k], base[k]))) {
    fields.reflection = reflectionOf(draft);
    sent.push(...REFLECTION_KEYS);
  }
  return { fields, sent, errors };
}

/** The body that creates a record, from the fields `plChanges` sends for a new one. */
export function newPlBody(fields: ProfessionalLearningChange): NewProfessionalLearning {
  return {
    title: fields.title ?? '',
    activity_date: fields.activity_date ?? '',
    minutes: fields.minutes ?? 0,
    ilp_id: fields.ilp_id ?? null,
    reflection: fields.reflection ?? undefined,
  };
}

/**
 * Which field of the form an error names: the reflection's fields with or without their
 * `reflection.` prefix, a standard's index dropped (`standards.0`). Null: not a field of the form.
 */
export function plErrorKey(name: string): PlFieldKey | null {
  const key = name.replace(/^reflection\./, '').replace(/\.\d+$/, '');
  return (PL_FIELD_KEYS as string[]).includes(key) ? (key as PlFieldKey) : null;
}

/** A problem whose field errors are keyed by the form's fields; the others go on top. */
export function plProblem(err: unknown): FormProblem {
  const p = formProblem(err);
  const fields: Record<string, string> = {};
  const general = [...p.general];
  for (const [name, message] of Object.entries(p.fields)) {
    const key = plErrorKey(name);
    if (key) fields[key] = fields[key] ? `${fields[key]} ${message}` : message;
    else general.push(`${humanise(name)}: ${message}`);
  }
  return { fields, general, conflict: p.conflict };
}

function humanise(field: string): string {
  const words = field.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The problem without the messages a change answers. */
export function withoutFields(problem: FormProblem, touched: readonly string[]): FormProblem {
  return { ...problem, fields: Object.fromEntries(Object.entries(problem.fields).filter(([k]) => !touched.includes(k))) };
}

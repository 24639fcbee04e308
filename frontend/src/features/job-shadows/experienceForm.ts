import { formProblem, type FormProblem } from '../../api/problem';
import type { Experience, ExperienceChange, ExperienceForm, ExperienceKind } from '../../api/types';
import type { Changes } from '../../lib/autosave';
import { hoursToMinutes, minutesToHours } from '../../lib/units';
import { experienceField } from './experienceFields';

/** A job shadow or visit form as it holds it: the hours as typed, the form's answers. */
export interface ExperienceDraft {
  activity_date: string;
  hours: string;
  form: ExperienceForm;
}

export function experienceToDraft(e: Experience): ExperienceDraft {
  return {
    activity_date: e.activity_date,
    hours: e.minutes === null || e.minutes === undefined ? '' : minutesToHours(e.minutes),
    form: { ...e.form, would_recommend: e.form.would_recommend ?? null },
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The request body for what changed since the base: the form goes whole (the API replaces it),
 * empty hours clear the time. What the API could not read (hours that are not a number, no date)
 * is not sent: the message stands beside the field.
 */
export function experienceChanges(draft: ExperienceDraft, base: ExperienceDraft): Changes<ExperienceDraft, ExperienceChange> {
  const fields: ExperienceChange = {};
  const sent: (keyof ExperienceDraft)[] = [];
  const errors: Record<string, string> = {};
  if (draft.activity_date !== base.activity_date) {
    if (!draft.activity_date) errors.activity_date = 'Enter the date.';
    else {
      fields.activity_date = draft.activity_date;
      sent.push('activity_date');
    }
  }
  if (draft.hours !== base.hours) {
    const typed = draft.hours.trim();
    const minutes = typed ? hoursToMinutes(typed) : null;
    if (typed && minutes === null) errors.minutes = 'Enter the hours as a number, e.g. 4 or 4.5.';
    else {
      fields.minutes = minutes;
      sent.push('hours');
    }
  }
  if (!same(draft.form, base.form)) {
    fields.form = draft.form;
    sent.push('form');
  }
  return { fields, sent, errors };
}

/**
 * Which field of the kind's form an error names (`host`, or `form.host` as the form is nested);
 * null when the form has no such field.
 */
export function experienceErrorKey(kind: ExperienceKind, name: string): string | null {
  const key = name.replace(/^form\./, '');
  return experienceField(kind, key) ? key : null;
}

/** A problem whose field errors are keyed by the form's fields; the others go on top. */
export function experienceProblem(kind: ExperienceKind, err: unknown): FormProblem {
  const p = formProblem(err);
  const fields: Record<string, string> = {};
  const general = [...p.general];
  for (const [name, message] of Object.entries(p.fields)) {
    const key = experienceErrorKey(kind, name);
    if (key) fields[key] = fields[key] ? `${fields[key]} ${message}` : message;
    else general.push(`${name.replace(/_/g, ' ')}: ${message}`);
  }
  return { fields, general, conflict: p.conflict };
}

/** The form with one answer changed. */
export function setAnswer<K extends keyof ExperienceForm>(d: ExperienceDraft, key: K, value: ExperienceForm[K]): ExperienceDraft {
  return { ...d, form: { ...d.form, [key]: value } };
}

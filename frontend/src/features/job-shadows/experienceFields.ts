import type { DocumentKind, ExperienceForm, ExperienceKind, ExperienceStatus } from '../../api/types';

export const EXPERIENCE_KIND_LABELS: Record<ExperienceKind, string> = {
  job_shadow: 'Job shadow',
  school_visit: 'School visit',
};

/** What each kind is, as the handbook describes the requirement. */
export const EXPERIENCE_KIND_HINTS: Record<ExperienceKind, string> = {
  job_shadow: 'At least four hours shadowing a job-alike administrator.',
  school_visit: 'A full-day California Distinguished School validation, Gold Ribbon or WASC visit.',
};

/** The handbook's one-page forms' titles. */
export const EXPERIENCE_FORM_TITLES: Record<ExperienceKind, string> = {
  job_shadow: 'Job Shadow Experience',
  school_visit: 'Distinguished School / WASC Experience',
};

export const EXPERIENCE_STATUS_LABELS: Record<ExperienceStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
};

/** The document type of the optional PDF of the one-page summary. */
export const SUMMARY_KINDS: Record<ExperienceKind, DocumentKind> = {
  job_shadow: 'job_shadow_summary',
  school_visit: 'school_visit_summary',
};

/** A field of the forms; its key is the API's name (and that of its errors). */
export type ExperienceFieldKey = keyof ExperienceForm | 'activity_date' | 'minutes';

export interface ExperienceFieldSpec {
  key: ExperienceFieldKey;
  label: string;
  hint?: string;
  input: 'text' | 'multiline' | 'date' | 'hours' | 'yes-no';
  /** Columns it takes on the one-page form (of three). */
  span: 1 | 2 | 3;
  /** Needed to submit (the server says so too). */
  required: boolean;
}

/**
 * The fields of each kind's form, in the order and with the questions of the handbook's one-page
 * forms: the edit form, the read-only sheet and the print view read them from here.
 */
export const EXPERIENCE_FIELDS: Record<ExperienceKind, readonly ExperienceFieldSpec[]> = {
  job_shadow: [
    { key: 'candidate_position', label: 'CASC candidate position', input: 'text', span: 1, required: true },
    { key: 'activity_date', label: 'Date of job shadow', input: 'date', span: 1, required: true },
    { key: 'host', label: 'Who and where are you job shadowing?', input: 'text', span: 1, required: true },
    { key: 'position', label: 'What position are you job shadowing?', input: 'text', span: 1, required: true },
    {
      key: 'would_recommend',
      label: 'Would you recommend this job shadow to another candidate?',
      input: 'yes-no',
      span: 1,
      required: true,
    },
    { key: 'why_chosen', label: 'Why have you chosen to job shadow this administrator?', input: 'multiline', span: 3, required: true },
    {
      key: 'learned',
      label:
        'Please describe your time spent with the administrator, what you have learned from this experience and what you can apply in your position from this experience (now or later).',
      input: 'multiline',
      span: 3,
      required: true,
    },
    {
      key: 'recommend_reason',
      label: 'Why would you (or not) recommend this job shadow to another candidate?',
      input: 'multiline',
      span: 3,
      required: true,
    },
    { key: 'minutes', label: 'Hours', hint: 'The time spent job shadowing: at least 4 hours, e.g. 4 or 4.5.', input: 'hours', span: 3, required: true },
  ],
  school_visit: [
    { key: 'host', label: 'Who and where are you visiting?', input: 'text', span: 1, required: true },
    { key: 'activity_date', label: 'Date of visit', input: 'date', span: 1, required: true },
    { key: 'candidate_position', label: 'CASC candidate position', input: 'text', span: 2, required: true },
    { key: 'minutes', label: 'Hours', hint: 'Optional: the time spent on the campus, e.g. 7.', input: 'hours', span: 1, required: false },
    {
      key: 'program_focus',
      label: 'What was the program you are visiting designed to focus on?',
      input: 'multiline',
      span: 3,
      required: true,
    },
    {
      key: 'learned',
      label:
        'Please describe your time on the campus and what you have learned from this experience. Is there anything from this experience you will take away and use in your own practice or site?',
      input: 'multiline',
      span: 3,
      required: true,
    },
  ],
};

export function experienceField(kind: ExperienceKind, key: string): ExperienceFieldSpec | undefined {
  return EXPERIENCE_FIELDS[kind].find((f) => f.key === key);
}

/** Where a field stands in the form, for links from a refused submission. */
export function experienceFieldAnchor(key: ExperienceFieldKey): string {
  return `experience-${key.replace(/_/g, '-')}`;
}

/** "Job shadow – Dr. Lee, Central High", the name of the activity (and of its summary's PDF). */
export function experienceTitle(e: { kind: ExperienceKind; form: Pick<ExperienceForm, 'host'> }): string {
  const host = e.form.host.trim().split('\n')[0] ?? '';
  const title = host ? `${EXPERIENCE_KIND_LABELS[e.kind]} – ${host}` : EXPERIENCE_KIND_LABELS[e.kind];
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}

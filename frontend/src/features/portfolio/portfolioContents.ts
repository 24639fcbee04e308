import type { CompletionItem, CompletionVerification, ItemState } from '../../api/types';

/** The e-portfolio's sections, as the handbook lists its documents, then the calibration sheet. */
export type SectionKey =
  | 'ilps'
  | 'coaching_logs'
  | 'reflections'
  | 'cohort_attendance'
  | 'professional_learning'
  | 'job_shadow'
  | 'completion'
  | 'calibration';

interface SectionSpec {
  key: SectionKey;
  label: string;
  /** Where the section is, for an enrollment. */
  path: (enrollmentId: string) => string;
  /** Its records are the candidate's confidential ones: linked only for readers with `can.read_records`. */
  confidential: boolean;
  /** The completion items its state comes from; `form` for the form's ten; none for the sheet. */
  from: readonly CompletionItem[] | 'form' | null;
  /** What a section without a state holds. */
  note?: string;
}

const SECTIONS: readonly SectionSpec[] = [
  {
    key: 'ilps',
    label: 'Individual Leadership Plans (ILPs)',
    path: (id) => `/enrollments/${id}/ilps`,
    confidential: true,
    from: ['ilp_action_steps', 'standards_in_ilps'],
  },
  {
    key: 'coaching_logs',
    label: 'Collaborative Coaching Logs',
    path: (id) => `/enrollments/${id}/coaching-logs`,
    confidential: true,
    from: ['coaching_hours'],
  },
  {
    key: 'reflections',
    label: 'Reflection Assessments',
    path: (id) => `/enrollments/${id}/reflections`,
    confidential: true,
    from: ['reflections'],
  },
  {
    key: 'cohort_attendance',
    label: 'Candidate Cohort Attendance',
    // The enrollment's page shows its meeting counts (its "Meetings" section).
    path: (id) => `/enrollments/${id}`,
    confidential: false,
    from: ['cohort_meetings'],
  },
  {
    key: 'professional_learning',
    label: 'Candidate Professional Learning Attendance',
    path: (id) => `/enrollments/${id}/professional-learning`,
    confidential: false,
    from: ['professional_learning'],
  },
  {
    key: 'job_shadow',
    label: 'Job Shadow / Distinguished School Summary',
    path: (id) => `/enrollments/${id}/job-shadows-and-visits`,
    confidential: true,
    from: ['job_shadow_or_visit'],
  },
  {
    key: 'completion',
    label: 'Program Completion Verification Form',
    path: (id) => `/enrollments/${id}/completion`,
    confidential: false,
    from: 'form',
  },
  {
    key: 'calibration',
    label: 'Portfolio Calibration',
    path: (id) => `/enrollments/${id}/calibration`,
    confidential: false,
    from: null,
    note: 'Cohort meetings, professional learning, job shadow, coaching hours by month and reflections on one sheet',
  },
];

/** One line of the table of contents. */
export interface ContentsLine {
  key: SectionKey;
  label: string;
  /** Where it is; null when the reader may not open it. */
  path: string | null;
  /** What the completion verification says of it; null when it says nothing (or could not be read). */
  state: ItemState | null;
  summary: string | null;
}

/** Several items' states as one: met when all are, not met when any is, otherwise not yet due. */
export function combinedState(states: readonly ItemState[]): ItemState | null {
  if (states.length === 0) return null;
  if (states.every((s) => s === 'met')) return 'met';
  if (states.includes('not_met')) return 'not_met';
  return 'not_yet_due';
}

/** "7 of 10 items met", with the signatures when the form is signed. */
function formSummary(form: CompletionVerification): { state: ItemState | null; summary: string } {
  const onForm = form.items.filter((i) => i.on_the_form);
  const met = onForm.filter((i) => i.state === 'met').length;
  let summary = `${met} of ${onForm.length} items met`;
  if (form.sent_to_credential_office_at) summary += ' · sent to the credential office';
  else if (form.signed) summary += ' · signed';
  return { state: combinedState(onForm.map((i) => i.state)), summary };
}

/**
 * The e-portfolio's table of contents: each section with its state and summary from the Program
 * Completion Verification (`form`, when it could be read), and where it is if the reader may open
 * it (`readRecords`: the enrollment's `can.read_records`).
 */
export function contentsLines(enrollmentId: string, readRecords: boolean, form: CompletionVerification | null): ContentsLine[] {
  return SECTIONS.map((s) => {
    const path = s.confidential && !readRecords ? null : s.path(enrollmentId);
    if (s.from === null) return { key: s.key, label: s.label, path, state: null, summary: s.note ?? null };
    if (!form) return { key: s.key, label: s.label, path, state: null, summary: null };
    if (s.from === 'form') return { key: s.key, label: s.label, path, ...formSummary(form) };
    const items = s.from.flatMap((name) => form.items.filter((i) => i.item === name));
    return {
      key: s.key,
      label: s.label,
      path,
      state: combinedState(items.map((i) => i.state)),
      summary: items.length ? items.map((i) => i.summary).join('; ') : null,
    };
  });
}

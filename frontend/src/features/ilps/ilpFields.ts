import type { ActionStep, Ilp, IlpStatus, Standard, StepStatus } from '../../api/types';
import { formatDate } from '../../lib/labels';

export const ILP_STATUS_LABELS: Record<IlpStatus, string> = {
  draft: 'Draft',
  active: 'In action',
  completed: 'Completed',
};

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  in_progress: 'In progress',
  attained: 'Attained',
};

/**
 * How a field is filled in and read: `standards` the CPSEL checkboxes, `elements` those of the
 * chosen standards, `steps` the repeating action steps, `yes-no` a choice of two.
 */
export type IlpFieldKind = 'year' | 'date' | 'standards' | 'elements' | 'text' | 'steps' | 'yes-no';

interface FieldBase {
  label: string;
  /** The handbook's prompt under the question. */
  hint?: string;
  /** Needed before the plan is put into action. */
  required?: boolean;
}

/** A field of the plan; `key` is its name in the API (and in the server's field errors). */
export type IlpFieldSpec = FieldBase &
  (
    | { key: 'program_year'; kind: 'year' }
    | { key: 'date_created'; kind: 'date' }
    | { key: 'standards'; kind: 'standards' }
    | { key: 'elements'; kind: 'elements' }
    | { key: 'focus' | 'smart_goal' | 'pl_explanation' | 'reflective_summary'; kind: 'text' }
    | { key: 'steps'; kind: 'steps' }
    | { key: 'pl_helped'; kind: 'yes-no' }
  );

/**
 * The ILP's fields in the handbook form's order: the edit form, the read-only plan (and its
 * print view) and the revision history all take their fields and labels from here.
 */
export const ILP_FIELDS: readonly IlpFieldSpec[] = [
  { key: 'program_year', label: 'Program year', kind: 'year' },
  { key: 'date_created', label: 'Date created', kind: 'date', hint: 'The day the plan was written (a plan from paper keeps its own).' },
  { key: 'standards', label: 'Standards', kind: 'standards', required: true, hint: 'Select standard(s).' },
  { key: 'elements', label: 'Elements (optional)', kind: 'elements', hint: 'The elements of the chosen standards this plan works on.' },
  {
    key: 'focus',
    label: 'What is your current focus/reality that you will lead to improve?',
    kind: 'text',
    required: true,
    hint: 'Write about your focus/reality/task/new system, etc. that you will be working on this year.',
  },
  {
    key: 'smart_goal',
    label: 'Based on your focus, what is your SMART goal?',
    kind: 'text',
    required: true,
    hint: 'Write a SMART goal (specific, measurable outcomes – the professional growth you would like to achieve).',
  },
  { key: 'steps', label: 'Action plan', kind: 'steps', required: true, hint: 'Add each action step here; repeat for every step.' },
  { key: 'pl_helped', label: 'Did you go to any professional learning to help with this ILP?', kind: 'yes-no' },
  { key: 'pl_explanation', label: 'If yes, please explain what PL it was and how it helped further your learning.', kind: 'text' },
  {
    key: 'reflective_summary',
    label: 'Reflective summary of progress made in meeting your professional growth goal(s) and meeting your measurable outcome(s)',
    kind: 'text',
    hint: 'Have you moved in your Descriptions of Practice continuum from the beginning of your ILP? If so, how? Where are you now on that continuum?',
  },
];

/** A field of an action step, repeated for every step. */
export type StepFieldSpec = { label: string; hint?: string } & (
  | { key: 'step' | 'people_involved' | 'resources' | 'summary_of_learning'; kind: 'text' }
  | { key: 'due_date'; kind: 'date' }
  | { key: 'status'; kind: 'status' }
);

export const STEP_FIELDS: readonly StepFieldSpec[] = [
  { key: 'step', label: 'Action step', kind: 'text', hint: 'Indicate your action step.' },
  { key: 'people_involved', label: 'People involved', kind: 'text', hint: 'Identify who will be involved in this action.' },
  { key: 'resources', label: 'Resources', kind: 'text', hint: 'Identify any and all resources you may need for this action.' },
  { key: 'due_date', label: 'Due date', kind: 'date', hint: 'When will this action be due?' },
  { key: 'status', label: 'In progress or attained', kind: 'status' },
  {
    key: 'summary_of_learning',
    label: 'Summarize: describe your learning and insights from your action steps',
    kind: 'text',
    hint: 'What are your take-aways, ah-ha’s? What went well? What could you do to make this work better next time?',
  },
];

export type StepField = StepFieldSpec['key'];

/** The field the API calls `name`, if it is one of the form's. */
export function ilpField(name: string): IlpFieldSpec | undefined {
  return ILP_FIELDS.find((f) => f.key === name);
}

/** "2 — Instructional Leadership", or the number alone until the standards are loaded. */
export function standardName(n: number, standards: Standard[]): string {
  const s = standards.find((x) => x.number === n);
  return s ? `${n} — ${s.title}` : String(n);
}

/** "2B Professional Learning Culture", or the code alone. */
function elementName(code: string, standards: Standard[]): string {
  const e = standards.flatMap((s) => s.elements).find((x) => x.code === code);
  return e ? `${code} ${e.title}` : code;
}

export function attainedSteps(ilp: Pick<Ilp, 'steps'>): number {
  return ilp.steps.filter((s) => s.status === 'attained').length;
}

/** A field's value as text (standards and elements with their titles), or null when it is empty. */
export function ilpFieldText(field: IlpFieldSpec, ilp: Ilp, standards: Standard[]): string | null {
  switch (field.kind) {
    case 'year':
      return `Year ${ilp.program_year}`;
    case 'date':
      return formatDate(ilp.date_created ?? ilp.created_at);
    case 'standards':
      return ilp.standards.length ? ilp.standards.map((n) => standardName(n, standards)).join('; ') : null;
    case 'elements':
      return ilp.elements.length ? ilp.elements.map((c) => elementName(c, standards)).join('; ') : null;
    case 'text': {
      const text = ilp[field.key];
      return text.trim() ? text : null;
    }
    case 'steps':
      return ilp.steps.length ? `${ilp.steps.length} action steps, ${attainedSteps(ilp)} attained` : null;
    case 'yes-no':
      return ilp.pl_helped === null || ilp.pl_helped === undefined ? null : ilp.pl_helped ? 'Yes' : 'No';
  }
}

export function stepFieldText(field: StepFieldSpec, step: ActionStep): string | null {
  switch (field.kind) {
    case 'text': {
      const text = step[field.key];
      return text.trim() ? text : null;
    }
    case 'date':
      return step.due_date ? formatDate(step.due_date) : null;
    case 'status':
      return STEP_STATUS_LABELS[step.status];
  }
}

/** How a plan is named in lists: its focus, cut to a line. */
export function ilpTitle(ilp: Pick<Ilp, 'focus'>): string {
  const line = ilp.focus.trim().split('\n')[0] ?? '';
  if (!line) return 'Plan without a focus yet';
  return line.length > 90 ? `${line.slice(0, 88)}…` : line;
}

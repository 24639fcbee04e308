import type { ActionStep, Ilp, Standard } from '../api/types';

export const ENROLLMENT_ID = 'eeeeeeee-0000-0000-0000-000000000001';
export const ILP_ID = 'aaaaaaaa-0000-0000-0000-0000000000a1';

export const ref = (name: string) => ({ id: `id-${name}`, username: name, email: `${name}@example.org`, display_name: name });

export function step(id: string, overrides: Partial<ActionStep> = {}): ActionStep {
  return {
    id,
    step: `Step ${id}`,
    people_involved: '',
    resources: '',
    due_date: null,
    status: 'in_progress',
    summary_of_learning: '',
    ...overrides,
  };
}

/** A draft of Sofia Alvarez's, as the API answers it; `can` as for the candidate herself. */
export function ilp(overrides: Partial<Ilp> = {}): Ilp {
  return {
    id: ILP_ID,
    program_id: 'p1',
    enrollment_id: ENROLLMENT_ID,
    candidate: ref('alvarez'),
    program_year: 1,
    status: 'draft',
    standards: [],
    elements: [],
    focus: '',
    smart_goal: '',
    steps: [],
    steps_due_after_end: [],
    pl_helped: null,
    pl_explanation: '',
    reflective_summary: '',
    created_by: ref('alvarez'),
    updated_by: ref('alvarez'),
    activated_at: null,
    completed_at: null,
    version: 1,
    created_at: '2026-11-20T10:00:00Z',
    date_created: '2026-11-18',
    updated_at: '2026-11-20T10:00:00Z',
    can: { edit: true, activate: true, complete: false, discard: true, comment: true },
    ...overrides,
  };
}

const levels = { directed_toward: [], approaches: [], meets: [], exemplifies: [] };
const element = (code: string, title: string) => ({ code, title, statement: '', indicators: [], levels });

/** Two of the six CPSEL standards, enough for the forms. */
export const STANDARDS: Standard[] = [
  {
    number: 1,
    title: 'Development and Implementation of a Shared Vision',
    statement: '',
    elements: [element('1A', 'Student-Centered Vision'), element('1B', 'Developing Shared Vision')],
  },
  {
    number: 2,
    title: 'Instructional Leadership',
    statement: '',
    elements: [element('2A', 'Professional Learning Culture'), element('2B', 'Curriculum and Instruction')],
  },
];

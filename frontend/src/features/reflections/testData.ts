import type { Reflection, Standard } from '../../api/types';

/** Fixtures for the reflection tests: two standards of the CPSEL and one in-progress reflection. */

export const ENROLLMENT_ID = 'eeeeeeee-0000-0000-0000-000000000002';
export const REFLECTION_ID = 'bbbbbbbb-0000-0000-0000-0000000000b1';

const ref = (name: string) => ({ id: `id-${name}`, username: name, email: `${name}@example.org`, display_name: name });

const levels = {
  directed_toward: ['Knows the vision exists.'],
  approaches: ['Communicates the vision.'],
  meets: ['Shapes the vision with staff.'],
  exemplifies: ['The vision guides every decision.'],
};
const element = (code: string, title: string) => ({ code, title, statement: `${title}: the statement.`, indicators: [], levels });

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

/** Lily Chen's interim, begun: 1A complete, 2B rated without evidence; `can` as for her. */
export function reflection(overrides: Partial<Reflection> = {}): Reflection {
  return {
    id: REFLECTION_ID,
    program_id: 'p1',
    enrollment_id: ENROLLMENT_ID,
    candidate: ref('chen'),
    term: 'interim',
    status: 'in_progress',
    entries: {
      '1A': { rating: 2, evidence: 'Led the vision retreat.', next_steps: 'Share the draft.' },
      '2B': { rating: 3, evidence: '', next_steps: '' },
    },
    complete_elements: 1,
    element_count: 19,
    percent_complete: 5,
    meets_elements: 1,
    due_date: '2026-08-31',
    submitted_at: null,
    reopened_at: null,
    reopened_by: null,
    reopen_reason: null,
    version: 4,
    updated_at: '2026-11-20T10:00:00Z',
    can: { edit: true, submit: true, reopen: false },
    ...overrides,
  };
}

import type { ApplicationToPractice, Standard } from '../../api/types';

/** Fixtures for the Application to Practice tests: three standards of the CPSEL and Sofia Alvarez's draft. */

export const ENROLLMENT_ID = 'eeeeeeee-0000-0000-0000-000000000003';
export const ATP_ID = 'cccccccc-0000-0000-0000-0000000000c1';
export const INTERIM_ID = 'bbbbbbbb-0000-0000-0000-0000000000b2';

export const ref = (name: string) => ({ id: `id-${name}`, username: name, email: `${name}@example.org`, display_name: name });

const levels = { directed_toward: [], approaches: [], meets: [], exemplifies: [] };
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
  {
    number: 4,
    title: 'Family and Community Engagement',
    statement: '',
    elements: [element('4C', 'Community Resources and Services')],
  },
];

/** Her draft, begun: 1A of most growth, 2B of focus with a plan; `can` as for her. */
export function atp(overrides: Partial<ApplicationToPractice> = {}): ApplicationToPractice {
  return {
    id: ATP_ID,
    enrollment_id: ENROLLMENT_ID,
    candidate: ref('alvarez'),
    reflection_id: INTERIM_ID,
    status: 'draft',
    most_growth: [{ element: '1A', reason: 'Led the vision retreat.' }],
    focus: [{ element: '2B', reason: 'Tier 1 is uneven.' }],
    action_plans: [
      { element: '2B', desired_score: 3, coach_support: '', plans: 'A PLC cycle.', ilp_revisions: '', interim_score: 2 },
    ],
    impact: '',
    counts_for_pl: false,
    submitted_at: null,
    version: 4,
    updated_at: '2026-11-20T10:00:00Z',
    can: { edit: true, submit: true, comment: true },
    ...overrides,
  };
}

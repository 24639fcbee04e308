import type { ProgramRequest, RequestStep } from '../../api/types';
import { PROGRAM_ID } from '../../test/render';
import { ENROLLMENT_ID, sofia } from '../documents/testData';
import { person } from '../events/testData';

export { ENROLLMENT_ID, sofia };

export const REQUEST_ID = 'qqqqqqqq-0000-0000-0000-000000000001';
export const dana = person('Dana Director', 'director');

export function step(status: RequestStep['status'], overrides: Partial<RequestStep> = {}): RequestStep {
  return { status, by: sofia, at: '2026-11-20T17:00:00Z', note: null, ...overrides };
}

/** Sofia Alvarez's extension request (maternity leave), just submitted; she may cancel it. */
export function extensionRequest(overrides: Partial<ProgramRequest> = {}): ProgramRequest {
  return {
    id: REQUEST_ID,
    program_id: PROGRAM_ID,
    enrollment_id: ENROLLMENT_ID,
    candidate: sofia,
    kind: 'extension',
    form: {
      kind: 'extension',
      reason: 'maternity_or_family_leave',
      circumstances: 'On leave from January to June.',
      completion_plan: 'Coaching hours from July; the two missed cohort meetings in the fall.',
    },
    status: 'submitted',
    decided_by_role: 'director',
    decision: null,
    steps: [step('submitted')],
    submitted_by: sofia,
    submitted_at: '2026-11-20T17:00:00Z',
    documents: [],
    version: 1,
    updated_at: '2026-11-20T17:00:00Z',
    can: { review: false, decide: false, close: false, cancel: true, comment: true, attach: true },
    ...overrides,
  };
}

/** The same request taken under review, as the director reads it: she decides it. */
export function underReview(overrides: Partial<ProgramRequest> = {}): ProgramRequest {
  return extensionRequest({
    status: 'under_review',
    version: 2,
    steps: [step('submitted'), step('under_review', { by: dana, at: '2026-11-21T17:00:00Z', note: 'Meeting on Dec 1' })],
    can: { review: false, decide: true, close: false, cancel: false, comment: true, attach: false },
    ...overrides,
  });
}

/**
 * Sofia Alvarez's doctoral waiver (an EdD), asking to have human resources and finance and budget
 * waived, under review: the director decides it.
 */
export function doctoralWaiver(overrides: Partial<ProgramRequest> = {}): ProgramRequest {
  return underReview({
    kind: 'doctoral_waiver',
    form: {
      kind: 'doctoral_waiver',
      degree: 'edd',
      field: 'Educational Leadership',
      institution: 'California State University, Fresno',
      conferred_on: '2025-10-01',
      topics: ['human_resources', 'finance_and_budget'],
    },
    ...overrides,
  });
}

import type { CompletionItem, ItemState, ReviewRow, UserRef } from '../../api/types';
import { ON_THE_FORM, elena } from '../completion/testData';
import { rivera } from '../documents/testData';
import { COHORT_A, person } from '../events/testData';

export { elena };
export const marcus = person('Marcus Brooks', 'cand.brooks');

/** A candidate's line of the review: the form's ten items met but those `states` say otherwise. */
export function reviewRow(
  candidate: UserRef,
  states: Partial<Record<CompletionItem, ItemState>> = {},
  overrides: Partial<ReviewRow> = {},
): ReviewRow {
  const items = ON_THE_FORM.map((item) => ({ item, state: states[item] ?? 'met' }));
  return {
    enrollment_id: `enrollment-${candidate.username}`,
    candidate,
    cohort_id: COHORT_A,
    cohort_label: 'Cohort A',
    district_id: 'district-sierra',
    district_name: 'Sierra Unified',
    coach: rivera,
    status: 'enrolled',
    program_year: 2,
    flags: [],
    open_follow_ups: 0,
    items,
    items_met: items.filter((i) => i.state === 'met').length,
    ...overrides,
  };
}

import { describe, expect, it } from 'vitest';
import { enrollment } from '../documents/testData';
import { EMPTY_ENROLLMENT, draftErrors, draftFromEnrollment, planFields } from './enrollmentForm';

const split = { ...enrollment(), fee_payer: 'split' as const, candidate_fee_cents: 200000 };

describe('the enrollment form’s fee plan', () => {
  it('shows a split plan’s part in dollars and sends it back in cents', () => {
    const draft = draftFromEnrollment(split);
    expect(draft.candidate_fee).toBe('2000.00');
    expect(planFields(draft)).toEqual({ fee_payer: 'split', candidate_fee_cents: 200000 });
    expect(draftFromEnrollment(enrollment()).candidate_fee).toBe('');
  });

  it('sends no part with Plan A or B, even one left in the form', () => {
    expect(planFields({ ...draftFromEnrollment(split), fee_payer: 'candidate' })).toEqual({ fee_payer: 'candidate' });
  });

  it('checks the part against the program fee of the cost structure chosen', () => {
    const draft = { ...draftFromEnrollment(split), candidate_fee: '5,000' };
    expect(draftErrors(draft, 700000)).toEqual({});
    // The district provides the coach: a $4,000 program fee, which $5,000 is not below.
    expect(draftErrors({ ...draft, cost_structure: 'district_provides_coach' }, 400000)).toEqual({
      candidate_fee_cents: 'The candidate’s part must be less than the $4,000.00 program fee; the agency pays the rest.',
    });
    expect(Object.keys(draftErrors({ ...EMPTY_ENROLLMENT, fee_payer: 'split' })).sort()).toEqual([
      'candidate_fee_cents',
      'cohort_id',
      'district_id',
      'position',
      'start_date',
    ]);
  });
});

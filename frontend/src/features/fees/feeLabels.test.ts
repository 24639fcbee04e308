import { describe, expect, it } from 'vitest';
import { appContext } from '../../test/render';
import { INSTALLMENT_STATUS_LABELS, PAYER_LABELS, canReverse, paymentKind, seesFees } from './feeLabels';
import { payment } from './testData';

describe('fee labels', () => {
  it('names every installment status and payer in the handbook’s words', () => {
    expect(INSTALLMENT_STATUS_LABELS).toEqual({ paid: 'Paid', partly_paid: 'Partly paid', due: 'Due', overdue: 'Overdue' });
    expect(PAYER_LABELS.agency).toBe('Agency/District');
    expect(PAYER_LABELS.candidate).toBe('Candidate');
  });
});

describe('payment lines', () => {
  it('tells a payment, a reversed payment and a reversal apart; only a standing payment may be reversed', () => {
    const paid = payment('p1');
    const reversed = payment('p2', { reversed: true });
    const reversal = payment('p3', { amount_cents: -350000, reverses_id: 'p2', note: 'Check returned' });
    expect([paymentKind(paid), paymentKind(reversed), paymentKind(reversal)]).toEqual(['payment', 'reversed', 'reversal']);
    expect([canReverse(paid), canReverse(reversed), canReverse(reversal)]).toEqual([true, false, false]);
  });
});

describe('who sees a candidate’s fees', () => {
  const candidateId = '33333333-3333-3333-3333-333333333333';
  it('staff and district representatives do; the candidate sees their own; a coach does not', () => {
    expect(seesFees(appContext(), candidateId)).toBe(true);
    expect(seesFees(appContext({ isStaff: false, roles: ['district_representative'] }), candidateId)).toBe(true);
    expect(seesFees(appContext({ isStaff: false, roles: ['coach'] }), candidateId)).toBe(false);
    const me = appContext().me;
    const candidate = appContext({ isStaff: false, roles: ['candidate'], me: { ...me, user: { ...me.user, id: candidateId } } });
    expect(seesFees(candidate, candidateId)).toBe(true);
    expect(seesFees(candidate, 'someone-else')).toBe(false);
  });
});

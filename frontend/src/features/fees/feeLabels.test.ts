import { describe, expect, it } from 'vitest';
import { INSTALLMENT_STATUS_LABELS, PAYER_LABELS, canReverse, paymentKind } from './feeLabels';
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

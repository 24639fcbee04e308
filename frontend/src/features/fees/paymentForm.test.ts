import { describe, expect, it } from 'vitest';
import { emptyPayment, paymentRequest } from './paymentForm';

describe('the payment form’s request', () => {
  it('sends the amount in whole cents and leaves out an empty reference', () => {
    const draft = { ...emptyPayment('candidate', '2026-12-01'), amount: '1,750.00', method: 'personal_check' as const };
    expect(paymentRequest(draft)).toEqual({
      body: { paid_on: '2026-12-01', payer: 'candidate', amount_cents: 175000, method: 'personal_check' },
    });
    expect(paymentRequest({ ...draft, reference: ' 1042 ' })).toEqual({
      body: { paid_on: '2026-12-01', payer: 'candidate', amount_cents: 175000, method: 'personal_check', reference: '1042' },
    });
  });

  it('keys what is wrong like the server does, the amount under amount_cents', () => {
    const r = paymentRequest({ ...emptyPayment('agency', ''), amount: 'abc' });
    expect(r).toHaveProperty('errors');
    expect(Object.keys((r as { errors: Record<string, string> }).errors).sort()).toEqual(['amount_cents', 'method', 'paid_on']);
  });

  it('leaves the payer to the coordinator with a split plan, where both pay every installment', () => {
    expect(emptyPayment('agency', '2026-12-01').payer).toBe('agency');
    expect(emptyPayment('candidate', '2026-12-01').payer).toBe('candidate');
    const draft = { ...emptyPayment('split', '2026-12-01'), amount: '500', method: 'personal_check' as const };
    expect(draft.payer).toBe('');
    expect(paymentRequest(draft)).toEqual({ errors: { payer: 'Choose who paid.' } });
    expect(paymentRequest({ ...draft, payer: 'candidate' })).toEqual({
      body: { paid_on: '2026-12-01', payer: 'candidate', amount_cents: 50000, method: 'personal_check' },
    });
  });
});

import type { EnrollmentFees, InstallmentLine, Payment } from '../../api/types';
import { ENROLLMENT_ID, sofia } from '../documents/testData';
import { casey } from '../professional-learning/testData';

export { ENROLLMENT_ID };

export function installment(number: number, overrides: Partial<InstallmentLine> = {}): InstallmentLine {
  return {
    number,
    kind: 'program_fee',
    year: number,
    payer: 'agency',
    due_on: `${2024 + number}-11-01`,
    amount_cents: 350000,
    paid_cents: 0,
    status: 'due',
    ...overrides,
  };
}

export function payment(id: string, overrides: Partial<Payment> = {}): Payment {
  return {
    id,
    enrollment_id: ENROLLMENT_ID,
    paid_on: '2025-10-20',
    payer: 'agency',
    amount_cents: 350000,
    method: 'purchase_order',
    reference: 'PO-1187',
    reverses_id: null,
    note: null,
    reversed: false,
    recorded_by: casey,
    recorded_at: '2025-10-21T17:00:00Z',
    ...overrides,
  };
}

/** Sofia Alvarez's Plan A ($7,000 over two years): year 1 paid, year 2 overdue. */
export function enrollmentFees(overrides: Partial<EnrollmentFees> = {}): EnrollmentFees {
  return {
    enrollment_id: ENROLLMENT_ID,
    candidate: sofia,
    as_of: '2026-12-02',
    cost_structure: 'program_provides_coach',
    payer: 'agency',
    years: 2,
    account: {
      total_cents: 700000,
      paid_cents: 350000,
      balance_cents: 350000,
      overdue_cents: 350000,
      by_payer: [{ payer: 'agency', total_cents: 700000, paid_cents: 350000, balance_cents: 350000, overdue_cents: 350000 }],
      installments: [
        installment(1, { paid_cents: 350000, status: 'paid' }),
        installment(2, { status: 'overdue' }),
      ],
    },
    payments: [payment('pay-1')],
    plan_changes: [],
    can: { record_payment: true },
    ...overrides,
  };
}

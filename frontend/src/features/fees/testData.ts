import type { EnrollmentFees, InstallmentLine, Payment, Program } from '../../api/types';
import { PROGRAM_ID } from '../../test/render';
import { DEFAULTS } from '../../test/settings';
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
    candidate_fee_cents: null,
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

/**
 * Sofia Alvarez on Plan C, as the handbook's profile page: of the $7,000 program fee she pays
 * $2,000 and the agency $5,000, each installment shared ($500 and $1,250) on the four fee dates.
 * She paid her part of the first; as of Dec 2, 2026 the three installments due by then are
 * overdue, the agency's in full and her part of the second and third.
 */
export function splitFees(overrides: Partial<EnrollmentFees> = {}): EnrollmentFees {
  const dates = ['2025-11-01', '2026-03-31', '2026-11-01', '2027-03-31'];
  const installments = dates.flatMap((due_on, n) => {
    const number = n + 1;
    const year = n < 2 ? 1 : 2;
    const overdue = due_on < '2026-12-02';
    return [
      installment(number, { year, due_on, payer: 'agency', amount_cents: 125000, status: overdue ? 'overdue' : 'due' }),
      number === 1
        ? installment(number, { year, due_on, payer: 'candidate', amount_cents: 50000, paid_cents: 50000, status: 'paid' })
        : installment(number, { year, due_on, payer: 'candidate', amount_cents: 50000, status: overdue ? 'overdue' : 'due' }),
    ];
  });
  return enrollmentFees({
    payer: 'split',
    candidate_fee_cents: 200000,
    account: {
      total_cents: 700000,
      paid_cents: 50000,
      balance_cents: 650000,
      overdue_cents: 475000,
      by_payer: [
        { payer: 'agency', total_cents: 500000, paid_cents: 0, balance_cents: 500000, overdue_cents: 375000 },
        { payer: 'candidate', total_cents: 200000, paid_cents: 50000, balance_cents: 150000, overdue_cents: 100000 },
      ],
      installments,
    },
    payments: [payment('pay-1', { payer: 'candidate', amount_cents: 50000, method: 'personal_check', reference: '1042' })],
    ...overrides,
  });
}

/** The demo program, with the handbook's fees: $7,000 when the program provides the coach, $4,000 when the district does. */
export const program: Program = {
  id: PROGRAM_ID,
  name: 'Demo County CASC',
  organisation: 'Demo County Office of Education',
  time_zone: 'America/Los_Angeles',
  framework: 'CPSEL',
  settings: DEFAULTS,
  version: 3,
  created_at: '2025-01-01T00:00:00Z',
  can: { edit: false },
};

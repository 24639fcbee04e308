import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Receivable } from '../../api/types';
import { renderWithApp } from '../../test/render';
import { ENROLLMENT_ID, sofia } from '../documents/testData';
import { ReceivablesTable } from './ReceivablesTable';

function row(overrides: Partial<Receivable>): Receivable {
  return {
    enrollment_id: ENROLLMENT_ID,
    candidate: sofia,
    cohort_label: 'Cohort A',
    district_name: 'Riverside Unified',
    cost_structure: 'program_provides_coach',
    payer: 'agency',
    status: 'enrolled',
    total_cents: 700000,
    paid_cents: 350000,
    balance_cents: 350000,
    agency_balance_cents: 350000,
    candidate_balance_cents: 0,
    overdue_cents: 0,
    next_due_on: '2026-11-01',
    ...overrides,
  };
}

function render(rows: Receivable[]) {
  renderWithApp(<ReceivablesTable table={{ as_of: '2026-12-02', rows, total_balance_cents: 0, total_overdue_cents: 0 }} />);
  const table = screen.getByRole('table', { name: 'Program fee balance per candidate' });
  return within(table).getAllByRole('row')[1]!;
}

describe('the receivables', () => {
  it('name a split plan and tell the agency’s balance from the candidate’s', () => {
    const split = render([
      row({ payer: 'split', paid_cents: 50000, balance_cents: 650000, agency_balance_cents: 500000, candidate_balance_cents: 150000 }),
    ]);
    expect(split).toHaveTextContent('Split between candidate and agency (Plan C)');
    expect(split).toHaveTextContent('$6,500.00Agency/District $5,000.00Candidate $1,500.00');
  });

  it('keep to one balance when one payer owes it all', () => {
    const planA = render([row({})]);
    expect(planA).toHaveTextContent('Agency/District (Plan A)');
    expect(planA).not.toHaveTextContent(/Agency\/District \$|Candidate \$/);
  });

  it('tell both balances when both owe, as after an extension of Plan A', () => {
    const extended = render([row({ balance_cents: 700000, candidate_balance_cents: 350000 })]);
    expect(extended).toHaveTextContent('Agency/District $3,500.00Candidate $3,500.00');
  });
});

import type { AnnualReview, Ledger, LedgerMonth, LedgerYear, TermStatus } from '../../api/types';
import { ENROLLMENT_ID, rivera, sofia } from '../documents/testData';

export { ENROLLMENT_ID, rivera, sofia };

/** Program year `year` of Sofia Alvarez's e-portfolio, ending on Jun 30, unmarked; she may mark it. */
export function annualReview(year: number, overrides: Partial<AnnualReview> = {}): AnnualReview {
  return {
    program_year: year,
    year_ends: `${2026 + year}-06-30`,
    candidate: null,
    coach: null,
    can_mark: true,
    ...overrides,
  };
}

/** A month of a coaching ledger with `minutes` logged face to face. */
export function ledgerMonth(month: string, minutes: number, overrides: Partial<LedgerMonth> = {}): LedgerMonth {
  return {
    month,
    minutes,
    face_to_face_minutes: minutes,
    system_of_support_minutes: 0,
    sessions: minutes > 0 ? 1 : 0,
    counted: true,
    below_minimum: false,
    status: 'past',
    ...overrides,
  };
}

export function ledgerYear(year: number, months: LedgerMonth[], overrides: Partial<LedgerYear> = {}): LedgerYear {
  const minutes = months.reduce((s, m) => s + m.minutes, 0);
  const start = 2024 + year;
  return {
    year,
    start_date: `${start}-07-01`,
    end_date: `${start + 1}-06-30`,
    minutes,
    face_to_face_minutes: minutes,
    system_of_support_minutes: 0,
    sessions: months.filter((m) => m.minutes > 0).length,
    meets_hours: minutes >= 2400,
    meets_face_to_face: true,
    meets_sessions: true,
    behind_pace: false,
    counted_months_left: 0,
    pace_minutes_per_month: 0,
    remaining_minutes: Math.max(0, 2400 - minutes),
    months,
    ...overrides,
  };
}

export function ledger(years: LedgerYear[], overrides: Partial<Ledger> = {}): Ledger {
  const total = years.reduce((s, y) => s + y.minutes, 0);
  return {
    enrollment_id: ENROLLMENT_ID,
    counted_state: 'submitted',
    current_year: years.length,
    min_sessions_per_year: 9,
    monthly_minimum_minutes: 270,
    yearly_required_minutes: 2400,
    yearly_face_to_face_required_minutes: 1800,
    total_required_minutes: 4800,
    total_minutes: total,
    meets_total: total >= 4800,
    years,
    ...overrides,
  };
}

export function term(t: TermStatus['term'], overrides: Partial<TermStatus> = {}): TermStatus {
  return {
    term: t,
    status: 'not_started',
    percent_complete: 0,
    due_date: '2027-05-01',
    overdue: false,
    reflection_id: null,
    submitted_at: null,
    ...overrides,
  };
}

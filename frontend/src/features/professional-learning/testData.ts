import type { PlHours, PlLedger, PlLine, PlYear, ProfessionalLearning, WaivedPl } from '../../api/types';
import { ENROLLMENT_ID, sofia } from '../documents/testData';
import { person } from '../events/testData';

export const PL_ID = 'pppppppp-0000-0000-0000-000000000001';
export const casey = person('Casey Coordinator', 'coordinator');

/** Sofia Alvarez's alternative PL "Equity in education", 6 hours, a draft with no PDFs yet. */
export function pl(overrides: Partial<ProfessionalLearning> = {}): ProfessionalLearning {
  return {
    id: PL_ID,
    program_id: '11111111-1111-1111-1111-111111111111',
    enrollment_id: ENROLLMENT_ID,
    candidate: sofia,
    title: 'Equity in education',
    activity_date: '2026-11-14',
    minutes: 360,
    ilp_id: null,
    reflection: { standards: [2, 3], placement_before: 2, placement_after: null, summary: 'Equity audits.' },
    status: 'draft',
    submitted_at: null,
    decided_by: null,
    decided_at: null,
    decision_reason: null,
    documents: [],
    missing_documents: ['pl_reflection', 'pl_agenda', 'pl_sign_in_sheet'],
    created_by: sofia,
    version: 1,
    updated_at: '2026-11-15T17:00:00Z',
    can: { edit: true, submit: true, decide: false },
    ...overrides,
  };
}

/** Program year `n` of a candidate who started in September 2025. */
export function plYear(n: number, overrides: Partial<PlYear> = {}): PlYear {
  const start = 2024 + n;
  return {
    year: n,
    start_date: `${start}-09-01`,
    end_date: `${start + 1}-08-31`,
    program_event_minutes: 0,
    program_event_counted_minutes: 0,
    set_aside_minutes: 0,
    alternative_minutes: 0,
    application_to_practice_minutes: 0,
    counted_minutes: 0,
    pending_minutes: 0,
    required_minutes: 1200,
    waived_minutes: 0,
    remaining_minutes: 1200,
    meets: false,
    months_left: 0,
    pace_minutes_per_month: 0,
    ...overrides,
  };
}

export function plLedger(years: PlYear[], overrides: Partial<PlLedger> = {}): PlLedger {
  const counted = years.reduce((s, y) => s + y.counted_minutes, 0);
  return {
    yearly_required_minutes: 1200,
    total_required_minutes: 2400,
    max_program_event_minutes_per_year: 960,
    counted_minutes: counted,
    pending_minutes: years.reduce((s, y) => s + y.pending_minutes, 0),
    remaining_minutes: Math.max(0, 2400 - counted),
    meets_total: counted >= 2400,
    current_year: 2,
    waived: [],
    waived_minutes: 0,
    years,
    ...overrides,
  };
}

/** An activity a doctoral waiver waived: Human Resources' PL day in year 1, 6 hours, unless said otherwise. */
export function waivedPl(overrides: Partial<WaivedPl> = {}): WaivedPl {
  return { topic: 'human_resources', activity: 'PL Day 2: Human Resources', year: 1, minutes: 360, ...overrides };
}

export function plLine(on: string, minutes: number, overrides: Partial<PlLine> = {}): PlLine {
  return { source: 'program_event', record_id: `r-${on}`, title: 'Professional Learning Day', on, minutes, pending: false, ...overrides };
}

export function plHours(ledger: PlLedger, lines: PlLine[]): PlHours {
  return { enrollment_id: ENROLLMENT_ID, candidate: sofia, as_of: '2026-12-02', ledger, lines, job_shadow_or_visit_done: false };
}

import type { DocumentVersion, Enrollment, PortfolioDocument } from '../../api/types';
import { person } from '../events/testData';

export const sofia = { ...person('Sofia Alvarez', 'cand.alvarez'), id: '33333333-3333-3333-3333-333333333333' };
export const rivera = person('Diego Rivera', 'coach.rivera');
export const ENROLLMENT_ID = 'eeeeeeee-0000-0000-0000-000000000001';

export function version(number: number, overrides: Partial<DocumentVersion> = {}): DocumentVersion {
  return {
    number,
    size_bytes: 12_800,
    sha256: `${number}`.repeat(64).slice(0, 64),
    uploaded_by: sofia,
    uploaded_at: '2026-09-25T17:00:00Z',
    ...overrides,
  };
}

/** Sofia Alvarez's sign-in sheet of a PL day, version 1, which she may replace and delete. */
export function document(overrides: Partial<PortfolioDocument> = {}): PortfolioDocument {
  const current = overrides.current ?? version(1);
  return {
    id: 'doc-1',
    program_id: '11111111-1111-1111-1111-111111111111',
    enrollment_id: ENROLLMENT_ID,
    candidate: sofia,
    kind: 'pl_sign_in_sheet',
    title: 'Equity in education',
    activity_date: '2026-09-24',
    minutes: 180,
    coaching_log_id: null,
    confidential: true,
    file_name: '2026-09-24.Equity in education.PL sign-in sheet.pdf',
    current,
    versions: [current],
    created_at: '2026-09-25T17:00:00Z',
    updated_at: '2026-09-25T17:00:00Z',
    version: 1,
    can: { replace: true, delete: true },
    ...overrides,
  };
}

/** Sofia Alvarez's enrollment, as she reads it: she may upload (she may start an ILP). */
export function enrollment(can: Partial<Enrollment['can']> = {}): Enrollment {
  return {
    id: ENROLLMENT_ID,
    program_id: '11111111-1111-1111-1111-111111111111',
    candidate: sofia,
    cohort_id: 'c1',
    cohort_label: 'Cohort A',
    cost_structure: 'program_provides_coach',
    fee_payer: 'agency',
    candidate_fee_cents: null,
    created_at: '2026-07-01T00:00:00Z',
    current_coach: rivera,
    district_id: 'd1',
    district_name: 'Riverside Unified',
    employment: 'full_time',
    position: 'assistant_principal',
    program_year: 1,
    program_years: 2,
    program_ends_on: '2028-06-30',
    withdrawn_on: null,
    start_date: '2026-07-01',
    status: 'enrolled',
    version: 1,
    can: {
      add_coaching_log: false,
      add_ilp: true,
      assign_coach: false,
      change_status: false,
      edit: false,
      read_records: true,
      start_application_to_practice: false,
      start_reflection: true,
      upload_document: true,
      add_professional_learning: true,
      start_job_shadow_or_visit: true,
      submit_request: true,
      read_fees: true,
      read_requests: true,
      status_options: [],
      ...can,
    },
  };
}

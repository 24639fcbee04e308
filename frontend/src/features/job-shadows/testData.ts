import type { Experience } from '../../api/types';
import { ENROLLMENT_ID, sofia } from '../documents/testData';

export const EXPERIENCE_ID = 'jjjjjjjj-0000-0000-0000-000000000001';

/** Sofia Alvarez's job shadow, a draft she may write. */
export function experience(overrides: Partial<Experience> = {}): Experience {
  return {
    id: EXPERIENCE_ID,
    program_id: '11111111-1111-1111-1111-111111111111',
    enrollment_id: ENROLLMENT_ID,
    candidate: sofia,
    kind: 'job_shadow',
    activity_date: '2026-11-20',
    minutes: null,
    form: {
      candidate_position: '',
      host: '',
      position: '',
      why_chosen: '',
      program_focus: '',
      learned: '',
      would_recommend: null,
      recommend_reason: '',
    },
    status: 'draft',
    submitted_at: null,
    documents: [],
    version: 1,
    updated_at: '2026-11-20T17:00:00Z',
    can: { edit: true },
    ...overrides,
  };
}

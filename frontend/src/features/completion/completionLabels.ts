import type { CompletionColumn, CompletionEvidence, CompletionItem, ItemState, Signer } from '../../api/types';

/**
 * Each item in the handbook's words: the form's ten as the Program Completion Verification prints
 * them (its numbers, 6 sessions, 80 and 40 hours, are the program's settings, shown in each item's
 * summary), then those shown beside them.
 */
export const ITEM_LABELS: Record<CompletionItem, string> = {
  ilp_action_steps: 'Action Steps in all Individual Leadership Plans Completed',
  fees_paid: 'Program costs paid (zero balance)',
  cohort_meetings: 'Attended the required Candidate Cohort Sessions',
  coaching_hours: 'Met the total coaching hours of the program',
  end_of_year_assessments: 'Completed Required End-of-Year Assessments',
  growth: 'Candidate Demonstrates Growth on Reflection Assessment',
  standards_in_ilps: 'All 6 Required CPSEL Standards are Addressed in ILPs',
  job_shadow_or_visit: 'Completed Job Shadowing/CA Distinguished School/Gold Ribbon Visit',
  professional_learning: 'Attended the Professional Learning hours of the program',
  employer_letter:
    'An original letter on district letterhead from employer verifying two years successful experience in a full-time administrative position',
  orientation: 'Attended orientation in year 1',
  end_of_year_meetings: 'Attended the end-of-year meeting of each program year',
  application_to_practice: 'Submitted the Application to Practice',
  reflections: 'Submitted the initial, interim and ending reflections',
};

export const STATE_LABELS: Record<ItemState, string> = {
  met: 'Met',
  not_met: 'Not met',
  not_yet_due: 'Not yet due',
};

/** The form's two columns, in its order. */
export const COLUMNS: readonly CompletionColumn[] = ['district_representative', 'coordinator'];

export const COLUMN_LABELS: Record<CompletionColumn, string> = {
  district_representative: 'District Representative',
  coordinator: 'Coordinator',
};

/** The signatures, in the order the handbook's form takes them. */
export const SIGNERS: readonly Signer[] = ['candidate', 'coach', 'district_representative', 'coordinator'];

export const SIGNER_LABELS: Record<Signer, string> = {
  candidate: 'Candidate',
  coach: 'Coach',
  district_representative: 'District Representative',
  coordinator: 'Coordinator',
};

/** The page that shows a piece of evidence: the record itself, or the candidate's ledger it is counted in. */
export function evidencePath(enrollmentId: string, e: CompletionEvidence): string {
  switch (e.kind) {
    case 'ilp':
      return `/ilps/${e.id}`;
    case 'reflection':
      return `/reflections/${e.id}`;
    case 'application_to_practice':
      return `/applications-to-practice/${e.id}`;
    case 'job_shadow_or_visit':
      return `/job-shadows-and-visits/${e.id}`;
    case 'document':
      return `/enrollments/${enrollmentId}/documents`;
    case 'fees':
      return `/enrollments/${enrollmentId}/fees`;
    case 'coaching_hours':
      return `/enrollments/${enrollmentId}/hours`;
    case 'professional_learning_hours':
      return `/enrollments/${enrollmentId}/professional-learning`;
    case 'meeting_counts':
      // The enrollment's page shows its meeting counts (its "Meetings" section).
      return `/enrollments/${enrollmentId}`;
  }
}

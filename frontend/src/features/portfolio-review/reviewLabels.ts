import type { CompletionItem, FlagLine, ReviewFlag, ReviewSort } from '../../api/types';
import { labelOf } from '../../lib/labels';
import { ITEM_LABELS } from '../completion/completionLabels';

/** What to follow up, in the handbook's words and in the review's order. */
export const FLAG_LABELS: Record<ReviewFlag, string> = {
  reflection_overdue: 'Reflection overdue',
  ilp: 'ILP',
  no_hours_this_month: 'No coaching logged this month',
  hours_behind_pace: 'Coaching hours behind pace',
  installments_overdue: 'Installments overdue',
  agreement_missing: 'Participation agreement missing',
  job_shadow_missing: 'Job shadow or visit missing',
  open_requests: 'Requests waiting',
  completion_items_not_met: 'Completion items not met',
};

export const REVIEW_FLAGS = Object.keys(FLAG_LABELS) as ReviewFlag[];

/** The review's orders besides the default one, by name. */
export const SORT_LABELS: Record<Exclude<ReviewSort, 'candidate'>, string> = {
  flags: 'Most follow-ups first',
  completion: 'Fewest completion items met first',
};

export const REVIEW_SORTS = Object.keys(SORT_LABELS) as (keyof typeof SORT_LABELS)[];

/** A flag's detail as the API gives it, the completion items not met named as on the form. */
export function flagDetail({ flag, detail }: FlagLine): string {
  if (flag !== 'completion_items_not_met') return detail;
  return detail
    .split(', ')
    .map((item) => labelOf(ITEM_LABELS, item as CompletionItem))
    .join('; ');
}

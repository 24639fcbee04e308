import type { FollowUp, ReviewFlag } from '../../api/types';
import { REVIEW_FLAGS } from '../portfolio-review/reviewLabels';

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUp['status'], string> = {
  open: 'Open',
  resolved: 'Resolved',
};

/** The review's follow-ups named in the address (`?flags=a,b`), those it knows, each once, in the review's order. */
export function flagsFromQuery(value: string | null): ReviewFlag[] {
  const named = (value ?? '').split(',').map((f) => f.trim());
  return REVIEW_FLAGS.filter((f) => named.includes(f));
}

/** Every name a "Contact the candidate" form shows an error beside: a flag's (`flags.1`) goes beside the checkboxes. */
export const CONTACT_FIELDS = ['message', 'flags', ...REVIEW_FLAGS.map((_, i) => `flags.${i}`)] as const;

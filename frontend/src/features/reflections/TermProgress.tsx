import type { TermStatus } from '../../api/types';
import { formatDate } from '../../lib/labels';
import { PercentComplete } from './PercentComplete';
import { TERM_LABELS, TERM_STATUS_LABELS } from './ratingScale';

/** The day of an instant, in the browser's zone. */
function dayOf(iso: string | null | undefined): string {
  const d = iso ? new Date(iso) : null;
  return d && !Number.isNaN(d.getTime()) ? d.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' }) : '—';
}

/** When the term was submitted, or when it is due; overdue in words, not by colour alone. */
export function TermDates({ term }: { term: TermStatus }) {
  if (term.status === 'submitted') return <>Submitted {dayOf(term.submitted_at)}</>;
  return (
    <>
      Due {formatDate(term.due_date)}
      {term.overdue && <strong className="warn"> · Overdue</strong>}
    </>
  );
}

/** One term as a progress bar: "Interim reflection — In progress, 42% · Due Jun 30, 2026". */
export function TermProgress({ term }: { term: TermStatus }) {
  const status = TERM_STATUS_LABELS[term.status] ?? term.status;
  return (
    <PercentComplete label={`${TERM_LABELS[term.term]} reflection`} percent={term.percent_complete}>
      {term.status === 'in_progress' && `${status}, ${term.percent_complete}% · `}
      {term.status === 'not_started' && `${status} · `}
      <TermDates term={term} />
    </PercentComplete>
  );
}

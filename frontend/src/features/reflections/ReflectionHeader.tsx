import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Reflection } from '../../api/types';
import { StatusBadge } from '../../components/ui';
import { formatDate, formatInstant } from '../../lib/labels';
import { PercentComplete } from './PercentComplete';
import { TERM_LABELS, TERM_STATUS_LABELS } from './ratingScale';
import { progressText } from './reflectionForm';
import { useIsCandidate } from './useIsCandidate';

/**
 * The top of a reflection, editable or not: the way back to the terms, the term and its status,
 * when it is due and how complete it is, and why a coordinator reopened it. `children` sit
 * beside the title (whether the form is saved).
 */
export function ReflectionHeader({ reflection: r, children }: { reflection: Reflection; children?: ReactNode }) {
  const own = useIsCandidate(r.candidate.id);
  const term = TERM_LABELS[r.term];
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/enrollments/${r.enrollment_id}/reflections`}>
          {own ? 'My reflections' : `Reflections of ${r.candidate.display_name}`}
        </Link>{' '}
        / {term} reflection
      </p>
      <div className="page-title">
        <h1>
          {term} reflection{' '}
          <StatusBadge status={`reflection-${r.status}`} label={TERM_STATUS_LABELS[r.status] ?? r.status} />
        </h1>
        {children}
      </div>
      <p className="muted">
        Candidate: <strong>{r.candidate.display_name}</strong> · Due {formatDate(r.due_date)}
        {r.submitted_at && r.status === 'submitted' && <> · Submitted {formatInstant(r.submitted_at)}</>}
      </p>
      <PercentComplete label="Complete" percent={r.percent_complete}>
        {progressText(r.complete_elements, r.element_count, r.percent_complete)} · {r.meets_elements} at “meets” or above
      </PercentComplete>
      {r.reopened_at && r.status === 'in_progress' && (
        <div className="alert alert-info" role="note">
          <p>
            Reopened by {r.reopened_by?.display_name ?? 'a coordinator'} on {formatInstant(r.reopened_at)}
            {r.reopen_reason && <>: “{r.reopen_reason}”</>}. The submitted version is kept in its history.
          </p>
        </div>
      )}
    </>
  );
}

import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Experience } from '../../api/types';
import { StatusBadge } from '../../components/ui';
import { formatInstant } from '../../lib/labels';
import { useIsCandidate } from '../reflections/useIsCandidate';
import { EXPERIENCE_FORM_TITLES, EXPERIENCE_STATUS_LABELS } from './experienceFields';

/** The top of a job shadow or visit, editable or not: the way back, its form's title and status. */
export function ExperienceHeader({ experience: e, children }: { experience: Experience; children?: ReactNode }) {
  const own = useIsCandidate(e.candidate.id);
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/enrollments/${e.enrollment_id}/job-shadows-and-visits`}>
          {own ? 'My job shadow or school visit' : `Job shadow or school visit of ${e.candidate.display_name}`}
        </Link>{' '}
        / {EXPERIENCE_FORM_TITLES[e.kind]}
      </p>
      <div className="page-title">
        <h1>
          {EXPERIENCE_FORM_TITLES[e.kind]} <StatusBadge status={`experience-${e.status}`} label={EXPERIENCE_STATUS_LABELS[e.status]} />
        </h1>
        {children}
      </div>
      <p className="muted">
        Candidate: <strong>{e.candidate.display_name}</strong>
        {e.submitted_at && e.status === 'submitted' && <> · Submitted {formatInstant(e.submitted_at)}</>} ·{' '}
        <Link to={`/job-shadows-and-visits/${e.id}/print`}>Print view</Link>
      </p>
    </>
  );
}

import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ApplicationToPractice } from '../../api/types';
import { StatusBadge } from '../../components/ui';
import { formatInstant } from '../../lib/labels';
import { useIsCandidate } from '../reflections/useIsCandidate';
import { ATP_STATUS_LABELS } from './atpFields';

/**
 * The top of an Application to Practice, editable or not: the way back to the reflections, its
 * status, whose it is and the interim reflection it is built on. `children` sit beside the title
 * (whether the form is saved).
 */
export function AtpHeader({ atp, children }: { atp: ApplicationToPractice; children?: ReactNode }) {
  const own = useIsCandidate(atp.candidate.id);
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/enrollments/${atp.enrollment_id}/reflections`}>
          {own ? 'My reflections' : `Reflections of ${atp.candidate.display_name}`}
        </Link>{' '}
        / Application to Practice
      </p>
      <div className="page-title">
        <h1>
          Application to Practice <StatusBadge status={`atp-${atp.status}`} label={ATP_STATUS_LABELS[atp.status]} />
        </h1>
        {children}
      </div>
      <p className="muted">
        Candidate: <strong>{atp.candidate.display_name}</strong> · Built on the{' '}
        <Link to={`/reflections/${atp.reflection_id}`}>interim reflection</Link>
        {atp.submitted_at && atp.status === 'submitted' && <> · Submitted {formatInstant(atp.submitted_at)}</>}
      </p>
    </>
  );
}

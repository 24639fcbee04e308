import type { ReactNode } from 'react';
import type { ProfessionalLearning, UserRef } from '../../api/types';
import { formatInstant } from '../../lib/labels';
import { PlBreadcrumb } from './PlBreadcrumb';
import { PlStatusBadge } from './PlStatusBadge';

interface Props {
  enrollmentId: string;
  candidate: UserRef;
  /** Null: a new one, not saved yet. */
  pl: ProfessionalLearning | null;
  /** Beside the title: whether the form is saved. */
  children?: ReactNode;
}

/** The top of an alternative PL, editable or not: the way back, its title and status, whose it is. */
export function PlHeader({ enrollmentId, candidate, pl, children }: Props) {
  return (
    <>
      <PlBreadcrumb enrollmentId={enrollmentId} candidate={candidate} here={pl ? pl.title : 'New alternative PL'} />
      <div className="page-title">
        <h1>
          PL reflection form {pl && <PlStatusBadge status={pl.status} />}
        </h1>
        {children}
      </div>
      <p className="muted">
        Candidate: <strong>{candidate.display_name}</strong>
        {pl && <> · Recorded by {pl.created_by.display_name}</>}
        {pl?.submitted_at && pl.status !== 'draft' && <> · Submitted {formatInstant(pl.submitted_at)}</>}
      </p>
    </>
  );
}

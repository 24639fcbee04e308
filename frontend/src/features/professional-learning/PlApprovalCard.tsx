import { Link } from 'react-router';
import type { ProfessionalLearning } from '../../api/types';
import { formatDate, formatInstant } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';
import { AttachedFileLink } from '../documents/AttachedFileLink';
import { PlDecisionForm } from './PlDecisionForm';
import { PlDecisionNote } from './PlDecisionNote';
import { plDocumentLabel } from './plLabels';
import { PlStatusBadge } from './PlStatusBadge';

/** One record of the approval queue: what it is, its PDFs (and those missing), and the decision. */
export function PlApprovalCard({ pl, onDecided }: { pl: ProfessionalLearning; onDecided: (pl: ProfessionalLearning) => void }) {
  const headingId = `pl-${pl.id}`;
  return (
    <article className="card pl-approval" aria-labelledby={headingId}>
      <h2 id={headingId}>{pl.title}</h2>
      <dl className="facts">
        <dt>Candidate</dt>
        <dd>
          <Link to={`/enrollments/${pl.enrollment_id}/professional-learning`}>{pl.candidate.display_name}</Link>
        </dd>
        <dt>Date</dt>
        <dd>{formatDate(pl.activity_date)}</dd>
        <dt>Hours</dt>
        <dd>{formatMinutes(pl.minutes)}</dd>
        <dt>Status</dt>
        <dd>
          <PlStatusBadge status={pl.status} />
          {pl.submitted_at && <span className="muted"> submitted {formatInstant(pl.submitted_at)}</span>}
        </dd>
        <dt>PDFs</dt>
        <dd>
          {pl.documents.length === 0 ? (
            'None attached'
          ) : (
            <ul className="attached-files">
              {pl.documents.map((d) => (
                <li key={d.id}>
                  {plDocumentLabel(d.kind)}: <AttachedFileLink document={d} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>Missing</dt>
        <dd className={pl.missing_documents.length ? 'warn' : undefined}>
          {pl.missing_documents.length ? pl.missing_documents.map(plDocumentLabel).join(', ') : 'Nothing'}
        </dd>
      </dl>
      <p>
        <Link to={`/professional-learning/${pl.id}`}>
          Read the PL reflection form<span className="visually-hidden"> of {pl.title}</span>
        </Link>
      </p>
      <PlDecisionNote pl={pl} />
      {pl.can.decide && <PlDecisionForm pl={pl} onDecided={onDecided} />}
    </article>
  );
}

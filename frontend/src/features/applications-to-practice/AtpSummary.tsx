import { Link } from 'react-router';
import { QueryView, StatusBadge } from '../../components/ui';
import { formatInstant } from '../../lib/labels';
import { useReflectionTerms } from '../reflections/queries';
import { ATP_STATUS_LABELS, INTERIM_FIRST } from './atpFields';
import './atp.css';
import { useEnrollmentAtp } from './queries';
import { StartAtp } from './StartAtp';

/**
 * Where a candidate's Application to Practice stands, and the way to it: its status once
 * started; before, a Start button for the candidate once the interim reflection is submitted,
 * or why it is not open yet.
 */
export function AtpSummary({ enrollmentId, canStart }: { enrollmentId: string; canStart: boolean }) {
  const query = useEnrollmentAtp(enrollmentId);
  const terms = useReflectionTerms(enrollmentId);
  const interimSubmitted = terms.data?.find((t) => t.term === 'interim')?.status === 'submitted';
  return (
    <QueryView query={query} what="Loading the Application to Practice">
      {(atp) =>
        atp ? (
          <p className="atp-summary">
            <Link to={`/applications-to-practice/${atp.id}`}>Application to Practice</Link>{' '}
            <StatusBadge status={`atp-${atp.status}`} label={ATP_STATUS_LABELS[atp.status]} />{' '}
            <span className="muted">
              {atp.status === 'submitted' && atp.submitted_at
                ? `Submitted ${formatInstant(atp.submitted_at)}`
                : `Last saved ${formatInstant(atp.updated_at)}`}
            </span>
          </p>
        ) : !terms.data ? null : !interimSubmitted ? (
          <p className="muted">{INTERIM_FIRST}</p>
        ) : canStart ? (
          <div className="atp-summary">
            <p>The interim reflection is submitted: the Application to Practice can begin.</p>
            <StartAtp enrollmentId={enrollmentId} />
          </div>
        ) : (
          <p className="muted">The Application to Practice is not started yet.</p>
        )
      }
    </QueryView>
  );
}

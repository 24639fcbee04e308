import { Link, useLocation, useParams } from 'react-router';
import type { CoachingLog } from '../../api/types';
import { Notice, QueryView, StatusBadge } from '../../components/ui';
import { formatDate } from '../../lib/labels';
import { useStandards } from '../standards/queries';
import { AcknowledgeLog, ReturnLog } from './LogActions';
import { LogBreadcrumb } from './LogBreadcrumb';
import { LOG_STATE_LABELS } from './logFields';
import { LogSheet, LogSignatures } from './LogSheet';
import { useActivityCodes, useLog } from './queries';

/** `/coaching-logs/:id`: the log read-only, with what the reader can do next. */
export function CoachingLogView() {
  const { id = '' } = useParams();
  const query = useLog(id);
  return <QueryView query={query} what="Loading the coaching log">{(log) => <LogPage log={log} onReload={() => void query.refetch()} />}</QueryView>;
}

function LogPage({ log, onReload }: { log: CoachingLog; onReload: () => void }) {
  const location = useLocation();
  const codes = useActivityCodes(log.program_id);
  const standards = useStandards();
  const submitted = (location.state as { submitted?: boolean } | null)?.submitted;
  return (
    <>
      <LogBreadcrumb log={log} here={formatDate(log.meeting_date)} />
      <div className="page-title">
        <h1>
          Coaching log of {formatDate(log.meeting_date)} <StatusBadge status={`log-${log.state}`} label={LOG_STATE_LABELS[log.state]} />
        </h1>
      </div>
      {submitted && log.state === 'submitted' && (
        <Notice>The log is submitted. {log.candidate.display_name} is asked to acknowledge it.</Notice>
      )}
      {log.state === 'returned' && (
        <div className="alert alert-info" role="note">
          <p>
            Returned to the coach{log.return_reason ? `: “${log.return_reason}”` : ''}. The coach corrects it and submits it
            again.
          </p>
        </div>
      )}
      <nav className="actions" aria-label="This log">
        {log.can.edit && (
          <Link className="button" to={`/coaching-logs/${log.id}/edit`}>
            {log.state === 'draft' ? 'Continue the draft' : 'Edit log'}
          </Link>
        )}
        <Link to={`/coaching-logs/${log.id}/print`}>Print view</Link>
        {/* Whoever reads the log reads how it changed (the candidate acknowledges an edited log again). */}
        <Link to={`/coaching-logs/${log.id}/revisions`}>Revision history</Link>
      </nav>
      <div className="card">
        <LogSheet log={log} standards={standards.data ?? []} codes={codes} />
      </div>
      <section aria-labelledby="signatures">
        <h2 id="signatures">Signatures</h2>
        <LogSignatures log={log} />
      </section>
      {log.can.acknowledge && <AcknowledgeLog key={log.version} log={log} onReload={onReload} />}
      {log.can.return && <ReturnLog key={log.version} log={log} onReload={onReload} />}
    </>
  );
}

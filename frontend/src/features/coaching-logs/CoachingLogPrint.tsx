import { Link, useParams } from 'react-router';
import type { CoachingLog } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { formatInstant } from '../../lib/labels';
import { useStandards } from '../standards/queries';
import { LogSheet } from './LogSheet';
import { useActivityCodes, useLog } from './queries';

/** `/coaching-logs/:id/print`: the handbook's form on paper, with both signatures. */
export function CoachingLogPrint() {
  const { id = '' } = useParams();
  const query = useLog(id);
  return <QueryView query={query} what="Loading the coaching log">{(log) => <PrintSheet log={log} />}</QueryView>;
}

function PrintSheet({ log }: { log: CoachingLog }) {
  const { programName } = useApp();
  const codes = useActivityCodes(log.program_id);
  const standards = useStandards();
  return (
    <article className="print-sheet">
      <div className="no-print actions">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <Link to={`/coaching-logs/${log.id}`}>Back to the log</Link>
      </div>
      <header className="print-head">
        {programName && <p className="muted">{programName}</p>}
        <h1>Collaborative Coaching Log</h1>
      </header>
      <LogSheet log={log} standards={standards.data ?? []} codes={codes} />
      <section className="print-signatures" aria-labelledby="verification">
        <h2 id="verification">Verification</h2>
        <p>We verify that the information in this coaching log is true and accurate.</p>
        <div className="sig-grid">
          <div className="sig">
            <div className="sig-line" />
            <p>Coach signature ({log.coach.display_name})</p>
            <div className="sig-line short" />
            <p>Date</p>
            <p className="sig-electronic">
              {log.submitted_at
                ? `Signed electronically: submitted by coach ${log.coach.display_name} at ${formatInstant(log.submitted_at)}`
                : 'Not submitted electronically yet'}
            </p>
          </div>
          <div className="sig">
            <div className="sig-line" />
            <p>Candidate signature ({log.candidate.display_name})</p>
            <div className="sig-line short" />
            <p>Date</p>
            <p className="sig-electronic">
              {log.acknowledged_at
                ? `Signed electronically: acknowledged by candidate ${(log.acknowledged_by ?? log.candidate).display_name} at ${formatInstant(log.acknowledged_at)}`
                : 'Not acknowledged electronically yet'}
            </p>
          </div>
        </div>
      </section>
    </article>
  );
}

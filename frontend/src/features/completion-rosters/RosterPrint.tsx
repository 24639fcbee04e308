import { Link, useParams } from 'react-router';
import { QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { formatInstant } from '../../lib/labels';
import { useRoster } from './queries';
import { RosterTable } from './RosterTable';

/** `/completion-rosters/:id/print`: the CASC Completion Candidate Roster on paper, for the credential office. */
export function RosterPrint() {
  const { id = '' } = useParams();
  const { programName } = useApp();
  const query = useRoster(id);
  return (
    <QueryView query={query} what="Loading the roster">
      {(roster) => (
        <article className="print-sheet" aria-labelledby="roster-print-title">
          <div className="no-print actions">
            <button type="button" onClick={() => window.print()}>
              Print
            </button>
            <Link to="/completion-rosters">Back to the rosters</Link>
          </div>
          <header className="print-head">
            {programName && <p className="muted">{programName}</p>}
            <h1 id="roster-print-title">Completion Candidate Roster</h1>
            <p className="muted">
              {roster.status === 'submitted' ? `Submitted ${formatInstant(roster.submitted_at)}` : `Prepared ${formatInstant(roster.created_at)}`}
            </p>
          </header>
          <RosterTable roster={roster} />
        </article>
      )}
    </QueryView>
  );
}

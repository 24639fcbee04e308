import { Link, useParams } from 'react-router';
import type { Ilp } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { formatInstant } from '../../lib/labels';
import { useStandards } from '../standards/queries';
import { IlpSheet, ilpName } from './IlpSheet';
import { useIlp } from './queries';

/** `/ilps/:id/print`: the plan on paper, as the handbook's ILP example reads. */
export function IlpPrint() {
  const { id = '' } = useParams();
  const query = useIlp(id);
  return <QueryView query={query} what="Loading the ILP">{(ilp) => <PrintSheet ilp={ilp} />}</QueryView>;
}

function PrintSheet({ ilp }: { ilp: Ilp }) {
  const { programName } = useApp();
  const standards = useStandards();
  return (
    <article className="print-sheet">
      <div className="no-print actions">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <Link to={`/ilps/${ilp.id}`}>Back to the plan</Link>
      </div>
      <header className="print-head">
        {programName && <p className="muted">{programName}</p>}
        <h1>Individual Leadership Plan</h1>
        <p>{ilpName(ilp)}</p>
      </header>
      <IlpSheet ilp={ilp} standards={standards.data ?? []} />
      <p className="muted">
        Last changed by {ilp.updated_by.display_name} at {formatInstant(ilp.updated_at)}.
      </p>
    </article>
  );
}

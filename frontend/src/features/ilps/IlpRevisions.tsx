import { Link, useParams } from 'react-router';
import type { Ilp, IlpRevision } from '../../api/types';
import { RevisionTable } from '../../components/RevisionTable';
import { QueryView } from '../../components/ui';
import { useStandards } from '../standards/queries';
import { IlpBreadcrumb } from './IlpBreadcrumb';
import { ILP_ACTION_LABELS, ilpRevisionChanges } from './ilpHistory';
import { ilpName } from './IlpSheet';
import { useIlp, useIlpRevisions } from './queries';

/** `/ilps/:id/revisions`: who changed the plan, when, which fields, and what they read before. */
export function IlpRevisions() {
  const { id = '' } = useParams();
  const ilp = useIlp(id);
  const revisions = useIlpRevisions(id);
  return (
    <QueryView query={ilp} what="Loading the ILP">
      {(plan) => (
        <>
          <IlpBreadcrumb enrollmentId={plan.enrollment_id} candidate={plan.candidate} here="Revision history" />
          <h1>Revision history</h1>
          <p>
            {ilpName(plan)}. <Link to={`/ilps/${plan.id}`}>Open the plan</Link>
          </p>
          <QueryView query={revisions} what="Loading the revisions">
            {(list) => <IlpRevisionTable ilp={plan} revisions={list} />}
          </QueryView>
        </>
      )}
    </QueryView>
  );
}

function IlpRevisionTable({ ilp, revisions }: { ilp: Ilp; revisions: IlpRevision[] }) {
  const standards = useStandards().data ?? [];
  return (
    <RevisionTable
      revisions={revisions}
      current={ilp}
      actions={ILP_ACTION_LABELS}
      changes={(r, after) => ilpRevisionChanges(r, after, standards)}
      empty="No revisions yet. A plan keeps one for each change once it is in action, and when the candidate and the coach take turns on a draft."
    />
  );
}

import { useId, useState } from 'react';
import type { PlStatus, ProfessionalLearning } from '../../api/types';
import { Notice, QueryView } from '../../components/ui';
import { useProgramId } from '../../lib/context';
import { useUrlFilters } from '../../lib/urlFilters';
import { PlApprovalCard } from './PlApprovalCard';
import { PL_STATUS_LABELS } from './plLabels';
import { usePlQueue } from './queries';
import './pl.css';

const STATUSES: PlStatus[] = ['submitted', 'approved', 'denied', 'draft'];

/**
 * `/professional-learning`: the coordinators' approval queue of alternative PL, oldest
 * submission first, each with its PDFs; the director reads it. Other statuses on request.
 */
export function PlApprovals() {
  const programId = useProgramId();
  const statusId = useId();
  const [params, update] = useUrlFilters();
  const status = (STATUSES.find((s) => s === params.get('status')) ?? 'submitted') as PlStatus;
  const query = usePlQueue(programId, status);
  const [decided, setDecided] = useState<ProfessionalLearning | null>(null);
  return (
    <>
      <h1>PL approvals</h1>
      <p className="muted">
        Alternative professional learning the candidates submitted. Each needs its PL reflection form, agenda and sign-in sheet
        before it is approved; a reason goes with every decision.
      </p>
      {decided && (
        <Notice>
          “{decided.title}” of {decided.candidate.display_name} is {decided.status === 'approved' ? 'approved' : 'denied'}.
        </Notice>
      )}
      <div className="toolbar">
        <label htmlFor={statusId}>Show</label>
        <select id={statusId} value={status} onChange={(e) => update({ status: e.target.value === 'submitted' ? '' : e.target.value })}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s === 'submitted' ? 'Waiting for a decision' : PL_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <QueryView query={query} what="Loading the approval queue">
        {(list) =>
          list.length === 0 ? (
            <p>{status === 'submitted' ? 'Nothing is waiting for a decision.' : 'None.'}</p>
          ) : (
            <div className="pl-approvals">
              {list.map((pl) => (
                <PlApprovalCard key={pl.id} pl={pl} onDecided={setDecided} />
              ))}
            </div>
          )
        }
      </QueryView>
    </>
  );
}

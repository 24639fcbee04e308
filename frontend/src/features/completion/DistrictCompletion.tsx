import { Link } from 'react-router';
import type { CompletionStatus } from '../../api/types';
import { QueryView, StatusBadge } from '../../components/ui';
import { STATUS_LABELS, formatDate, labelOf } from '../../lib/labels';
import { ITEM_LABELS, SIGNERS, SIGNER_LABELS } from './completionLabels';
import { useCompletionStatus } from './queries';

/**
 * The candidates the reader lists (a district representative: their district's) with where each
 * stands on the Program Completion Verification: items met, those not met, what the reader's
 * column has confirmed and who has signed, each linking to the form.
 */
export function DistrictCompletion({ programId }: { programId: string }) {
  const query = useCompletionStatus(programId);
  return (
    <QueryView query={query} what="Loading your candidates’ completion">
      {(rows) =>
        rows.length === 0 ? (
          <p>No enrolled or extended candidates.</p>
        ) : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Your candidates’ Program Completion Verification</caption>
              <thead>
                <tr>
                  <th scope="col">Candidate</th>
                  <th scope="col">Cohort</th>
                  <th scope="col">Status</th>
                  <th scope="col">Completion items</th>
                  <th scope="col">Your column</th>
                  <th scope="col">Signatures</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <CompletionRow key={r.enrollment_id} row={r} />
                ))}
              </tbody>
            </table>
          </div>
        )
      }
    </QueryView>
  );
}

function CompletionRow({ row: r }: { row: CompletionStatus }) {
  const next = SIGNERS.find((s) => !r.signed_by.includes(s));
  return (
    <tr>
      <th scope="row">
        <Link to={`/enrollments/${r.enrollment_id}/completion`}>{r.candidate.display_name}</Link>
        <div className="muted">{r.district_name}</div>
      </th>
      <td>{r.cohort_label}</td>
      <td>
        <StatusBadge status={r.status} label={labelOf(STATUS_LABELS, r.status)} />
      </td>
      <td>
        {r.items_met} of 10 met · due {formatDate(r.due_on)}
        {r.not_met.length > 0 && <div className="warn">Not met: {r.not_met.map((i) => ITEM_LABELS[i]).join('; ')}</div>}
      </td>
      <td>{r.confirmed_by_your_column} of 10 confirmed</td>
      <td>{next ? `${r.signed_by.length} of 4 · next: ${SIGNER_LABELS[next]}` : 'Signed by all four'}</td>
    </tr>
  );
}

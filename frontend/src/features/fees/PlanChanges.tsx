import type { EnrollmentFees } from '../../api/types';
import { COST_STRUCTURE_LABELS, formatDate } from '../../lib/labels';
import { planText } from './feePlan';
import { formatCents } from './money';

/** The plan's changes of district, cost structure or payer (a split plan with the candidate's part), each from its day. */
export function PlanChanges({ fees }: { fees: EnrollmentFees }) {
  if (fees.plan_changes.length === 0) return null;
  return (
    <div className="table-wrap">
      <table className="fee-table">
        <caption>Changes of plan</caption>
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">District</th>
            <th scope="col">Cost structure</th>
            <th scope="col">Paid by</th>
            <th scope="col" className="num">
              Paid by then
            </th>
            <th scope="col">Recorded by</th>
          </tr>
        </thead>
        <tbody>
          {fees.plan_changes.map((c) => (
            <tr key={`${c.effective_on}-${c.recorded_at}`}>
              <td>{formatDate(c.effective_on)}</td>
              <td>{c.from_district_name === c.district_name ? c.district_name : `${c.from_district_name} → ${c.district_name}`}</td>
              <td>{`${COST_STRUCTURE_LABELS[c.from_cost_structure]} → ${COST_STRUCTURE_LABELS[c.cost_structure]}`}</td>
              <td>{`${planText(c.from_payer, c.from_candidate_fee_cents)} → ${planText(c.payer, c.candidate_fee_cents)}`}</td>
              <td className="num">{formatCents(c.paid_cents)}</td>
              <td>
                {c.recorded_by.display_name}
                {c.note && <span className="muted"> — {c.note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

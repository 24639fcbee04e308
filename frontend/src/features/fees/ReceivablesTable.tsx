import { Link } from 'react-router';
import type { Receivable, Receivables } from '../../api/types';
import { COST_STRUCTURE_LABELS, FEE_PLAN_LABELS, STATUS_LABELS, formatDate, labelOf } from '../../lib/labels';
import { PAYER_LABELS } from './feeLabels';
import { formatCents } from './money';

/** Whose balance a row tells apart: always with a split plan, else when both payers still owe (an extension fee). */
function owedByBoth(r: Receivable): boolean {
  return r.payer === 'split' || (r.agency_balance_cents !== 0 && r.candidate_balance_cents !== 0);
}

/** A row per candidate, overdue first (as the server orders them), with the program's totals. */
export function ReceivablesTable({ table }: { table: Receivables }) {
  return (
    <>
      <p className="muted">As of {formatDate(table.as_of)}. Candidates with an overdue amount come first.</p>
      <div className="table-wrap">
        <table className="receivables fee-table">
          <caption className="visually-hidden">Program fee balance per candidate</caption>
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col">Cohort</th>
              <th scope="col">District</th>
              <th scope="col">Program fee paid by</th>
              <th scope="col" className="num">
                Program fee
              </th>
              <th scope="col" className="num">
                Paid
              </th>
              <th scope="col" className="num">
                Remaining balance
              </th>
              <th scope="col" className="num">
                Overdue
              </th>
              <th scope="col">Next installment due</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 && (
              <tr>
                <td colSpan={9}>No candidates match.</td>
              </tr>
            )}
            {table.rows.map((r) => (
              <tr key={r.enrollment_id} className={r.overdue_cents > 0 ? 'fee-overdue' : undefined}>
                <th scope="row">
                  <Link to={`/enrollments/${r.enrollment_id}/fees`}>{r.candidate.display_name}</Link>
                  {r.status !== 'enrolled' && <div className="row-links muted">{labelOf(STATUS_LABELS, r.status)}</div>}
                </th>
                <td>{r.cohort_label}</td>
                <td>{r.district_name}</td>
                <td>
                  {FEE_PLAN_LABELS[r.payer]}
                  <div className="muted">{COST_STRUCTURE_LABELS[r.cost_structure]}</div>
                </td>
                <td className="num">{formatCents(r.total_cents)}</td>
                <td className="num">{formatCents(r.paid_cents)}</td>
                <td className="num">
                  {formatCents(r.balance_cents)}
                  {owedByBoth(r) && (
                    <>
                      <div className="muted payer-balance">
                        {PAYER_LABELS.agency} {formatCents(r.agency_balance_cents)}
                      </div>
                      <div className="muted payer-balance">
                        {PAYER_LABELS.candidate} {formatCents(r.candidate_balance_cents)}
                      </div>
                    </>
                  )}
                </td>
                <td className={`num${r.overdue_cents > 0 ? ' overdue-amount' : ''}`}>{formatCents(r.overdue_cents)}</td>
                <td>{r.next_due_on ? formatDate(r.next_due_on) : '—'}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={6}>
                Total
              </th>
              <td className="num">{formatCents(table.total_balance_cents)}</td>
              <td className="num">{formatCents(table.total_overdue_cents)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

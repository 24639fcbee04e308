import type { InstallmentLine } from '../../api/types';
import { StatusBadge } from '../../components/ui';
import { formatDate } from '../../lib/labels';
import { FEE_KIND_LABELS, INSTALLMENT_STATUS_LABELS, PAYER_LABELS } from './feeLabels';
import { installmentGroups } from './feePlan';
import { formatCents } from './money';

/**
 * The plan's installments, as the handbook's payment schedule lists them, with what was paid
 * toward each; an approved extension or withdrawal adds its fee as a line of its own. A split
 * plan's installment is shared: one number and due day over two lines, the agency's part and the
 * candidate's, each with what that payer has paid and where it stands.
 */
export function InstallmentsTable({ installments }: { installments: InstallmentLine[] }) {
  return (
    <div className="table-wrap">
      <table className="installments fee-table">
        <caption className="visually-hidden">Installments of the program fee</caption>
        <thead>
          <tr>
            <th scope="col">Installment</th>
            <th scope="col">Due</th>
            <th scope="col">Payer</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col" className="num">
              Paid
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        {installments.length === 0 && (
          <tbody>
            <tr>
              <td colSpan={6}>No installments.</td>
            </tr>
          </tbody>
        )}
        {installmentGroups(installments).map((lines) => (
          // Each installment its own row group, so that its shared cells span only its lines.
          <tbody key={lines[0]!.number} className={lines.length > 1 ? 'shared-installment' : undefined}>
            {lines.map((i, n) => (
              <tr key={`${i.payer}-${n}`} className={i.status === 'overdue' ? 'fee-overdue' : undefined}>
                {n === 0 && (
                  <>
                    {/* What it is for under its number, so that a phone's screen shows the payers' lines beside it. */}
                    <th scope={lines.length > 1 ? 'rowgroup' : 'row'} rowSpan={lines.length}>
                      {i.number}
                      <div className="row-links muted">
                        {FEE_KIND_LABELS[i.kind]} · Year {i.year}
                      </div>
                    </th>
                    <td rowSpan={lines.length}>{formatDate(i.due_on)}</td>
                  </>
                )}
                <td>{PAYER_LABELS[i.payer]}</td>
                <td className="num">{formatCents(i.amount_cents)}</td>
                <td className="num">{formatCents(i.paid_cents)}</td>
                <td>
                  <StatusBadge status={`fee-${i.status}`} label={INSTALLMENT_STATUS_LABELS[i.status]} />
                  {i.status === 'overdue' && i.paid_cents > 0 && (
                    <span className="overdue-amount"> {formatCents(i.amount_cents - i.paid_cents)} unpaid</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

import type { InstallmentLine } from '../../api/types';
import { StatusBadge } from '../../components/ui';
import { formatDate } from '../../lib/labels';
import { FEE_KIND_LABELS, INSTALLMENT_STATUS_LABELS, PAYER_LABELS } from './feeLabels';
import { formatCents } from './money';

/**
 * The plan's installments, as the handbook's payment schedule lists them, with what was paid
 * toward each; an approved extension or withdrawal adds its fee as a line of its own.
 */
export function InstallmentsTable({ installments }: { installments: InstallmentLine[] }) {
  return (
    <div className="table-wrap">
      <table className="installments">
        <caption className="visually-hidden">Installments of the program fee</caption>
        <thead>
          <tr>
            <th scope="col">Installment</th>
            <th scope="col">Fee</th>
            <th scope="col">Program year</th>
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
        <tbody>
          {installments.length === 0 && (
            <tr>
              <td colSpan={8}>No installments.</td>
            </tr>
          )}
          {installments.map((i) => (
            <tr key={i.number} className={i.status === 'overdue' ? 'fee-overdue' : undefined}>
              <th scope="row">{i.number}</th>
              <td>{FEE_KIND_LABELS[i.kind]}</td>
              <td>Year {i.year}</td>
              <td>{formatDate(i.due_on)}</td>
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
      </table>
    </div>
  );
}

import type { Payment } from '../../api/types';
import { formatDate } from '../../lib/labels';
import { PAYER_LABELS, PAYMENT_METHOD_LABELS, canReverse, paymentKind } from './feeLabels';
import { formatCents } from './money';
import { ReversePayment } from './ReversePayment';

/**
 * The payments made, in the order they were recorded; a reversal is a negative line with its
 * reason, and the payment it reverses stays, marked reversed. A coordinator may reverse a payment
 * that stands.
 */
export function PaymentsTable({ payments, canRecord }: { payments: Payment[]; canRecord: boolean }) {
  if (payments.length === 0) return <p>No payments yet.</p>;
  const byId = new Map(payments.map((p) => [p.id, p]));
  const withActions = canRecord && payments.some(canReverse);
  return (
    <div className="table-wrap">
      <table className="payments fee-table">
        <caption className="visually-hidden">Payments made</caption>
        <thead>
          <tr>
            <th scope="col">Date paid</th>
            <th scope="col">Payer</th>
            <th scope="col">Method</th>
            <th scope="col">Reference</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col">Notes</th>
            <th scope="col">Recorded by</th>
            {withActions && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {payments.map((p) => {
            const kind = paymentKind(p);
            const reversed = p.reverses_id ? byId.get(p.reverses_id) : undefined;
            return (
              <tr key={p.id} className={kind === 'payment' ? undefined : `fee-${kind}`}>
                <th scope="row">{formatDate(p.paid_on)}</th>
                <td>{PAYER_LABELS[p.payer]}</td>
                <td>{PAYMENT_METHOD_LABELS[p.method]}</td>
                <td>{p.reference || '—'}</td>
                <td className="num amount">{formatCents(p.amount_cents)}</td>
                <td>
                  {kind === 'reversal' && (
                    <>
                      Reversal{reversed ? ` of the payment of ${formatDate(reversed.paid_on)}` : ''}
                      {p.note ? `: ${p.note}` : ''}
                    </>
                  )}
                  {kind === 'reversed' && 'Reversed'}
                  {kind === 'payment' && p.note}
                </td>
                <td>{p.recorded_by.display_name}</td>
                {withActions && <td className="row-actions">{canReverse(p) && <ReversePayment payment={p} />}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import type { FeeAccount } from '../../api/types';
import { PAYER_LABELS } from './feeLabels';
import { formatCents } from './money';

/**
 * Who owes what when the plan has two payers (a split plan, Plan C; the agency's program fee and
 * the candidate's extension or withdrawal fee; or a change of payer): each one's share, what they
 * paid, their balance and what of it is overdue.
 */
export function PayerShares({ account }: { account: FeeAccount }) {
  if (account.by_payer.length < 2) return null;
  return (
    <div className="table-wrap">
      <table className="fee-table">
        <caption>Balance by payer</caption>
        <thead>
          <tr>
            <th scope="col">Payer</th>
            <th scope="col" className="num">
              Share
            </th>
            <th scope="col" className="num">
              Paid
            </th>
            <th scope="col" className="num">
              Balance
            </th>
            <th scope="col" className="num">
              Overdue
            </th>
          </tr>
        </thead>
        <tbody>
          {account.by_payer.map((b) => (
            <tr key={b.payer}>
              <th scope="row">{PAYER_LABELS[b.payer]}</th>
              <td className="num">{formatCents(b.total_cents)}</td>
              <td className="num">{formatCents(b.paid_cents)}</td>
              <td className="num">{formatCents(b.balance_cents)}</td>
              <td className={`num${b.overdue_cents > 0 ? ' overdue-amount' : ''}`}>{formatCents(b.overdue_cents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

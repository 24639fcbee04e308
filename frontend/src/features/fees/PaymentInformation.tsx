import type { EnrollmentFees, InstallmentLine } from '../../api/types';
import { COST_STRUCTURE_LABELS, FEE_PLAN_LABELS, formatDate } from '../../lib/labels';
import { programFeeParts } from './feePlan';
import { InstallmentsTable } from './InstallmentsTable';
import { formatCents } from './money';
import { PayerShares } from './PayerShares';
import { PaymentsTable } from './PaymentsTable';
import { PlanChanges } from './PlanChanges';
import './fees.css';

/**
 * The handbook's "Payment information": the cost structure, who pays the program fee (with a
 * split plan, each one's fee and the total, as the handbook's profile page shows them), the
 * installments on the payment schedule, the payments made, the remaining balance and what is
 * overdue. `level` is the heading level of its parts (below the page's or the card's heading).
 */
export function PaymentInformation({ fees, level = 2 }: { fees: EnrollmentFees; level?: 2 | 3 | 4 }) {
  const H = `h${level}` as const;
  const a = fees.account;
  return (
    <>
      <dl className="facts fee-facts">
        <dt>Cost structure</dt>
        <dd>{COST_STRUCTURE_LABELS[fees.cost_structure]}</dd>
        <dt>Program fee paid by</dt>
        <dd>{FEE_PLAN_LABELS[fees.payer]}</dd>
        {fees.payer === 'split' && <SplitFeeFacts installments={a.installments} />}
        <dt>Program fee</dt>
        <dd>
          {formatCents(a.total_cents)} <span className="muted">for {fees.years === 1 ? '1 program year' : `${fees.years} program years`}</span>
        </dd>
        <dt>Paid</dt>
        <dd>{formatCents(a.paid_cents)}</dd>
        <dt>Remaining balance</dt>
        <dd className="balance">{formatCents(a.balance_cents)}</dd>
        <dt>Overdue</dt>
        <dd className={a.overdue_cents > 0 ? 'overdue-amount' : undefined}>{formatCents(a.overdue_cents)}</dd>
      </dl>
      <p className="muted">As of {formatDate(fees.as_of)}.</p>
      <PayerShares account={a} />
      <H>Installments</H>
      <InstallmentsTable installments={a.installments} />
      <PlanChanges fees={fees} />
      <H>Payments made</H>
      <PaymentsTable payments={fees.payments} canRecord={fees.can.record_payment} />
    </>
  );
}

/** A split plan's "Candidate Fee" and "District Fee" (the handbook's profile page), as facts. */
function SplitFeeFacts({ installments }: { installments: InstallmentLine[] }) {
  const parts = programFeeParts(installments);
  return (
    <>
      <dt>Candidate fee</dt>
      <dd>{formatCents(parts.candidate)}</dd>
      <dt>Agency fee</dt>
      <dd>{formatCents(parts.agency)}</dd>
    </>
  );
}

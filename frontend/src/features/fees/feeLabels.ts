import type { FeeKind, FeePayer, InstallmentStatus, Payment, PaymentMethod } from '../../api/types';

/** Who pays an installment or made a payment, in the handbook's words ("Agency/District Pay"). */
export const PAYER_LABELS: Record<FeePayer, string> = {
  agency: 'Agency/District',
  candidate: 'Candidate',
};

/** The methods the handbook accepts, and any other. */
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  personal_check: 'Personal check',
  cashiers_check: 'Cashier’s check',
  purchase_order: 'Purchase order',
  other: 'Other',
};

/** What an installment is for: the program fee, or a charge an approved request added. */
export const FEE_KIND_LABELS: Record<FeeKind, string> = {
  program_fee: 'Program fee',
  extension_fee: 'Extension fee',
  withdrawal_fee: 'Withdrawal fee',
};

export const INSTALLMENT_STATUS_LABELS: Record<InstallmentStatus, string> = {
  paid: 'Paid',
  partly_paid: 'Partly paid',
  due: 'Due',
  overdue: 'Overdue',
};

/** What a payment line is: a payment, a payment since reversed, or the reversal of one. */
export function paymentKind(p: Payment): 'payment' | 'reversed' | 'reversal' {
  if (p.reverses_id || p.amount_cents < 0) return 'reversal';
  return p.reversed ? 'reversed' : 'payment';
}

/** Only a payment that stands may be reversed: not a reversal, not one reversed already. */
export function canReverse(p: Payment): boolean {
  return paymentKind(p) === 'payment';
}

import type { FeePayer, FeePlan, NewPayment, PaymentMethod } from '../../api/types';
import { parseDollars } from './money';

/** What the "Record a payment" form holds: the amount as typed, in dollars. */
export interface PaymentDraft {
  paid_on: string;
  payer: FeePayer | '';
  amount: string;
  method: PaymentMethod | '';
  reference: string;
}

/** The request's field names, so the server's errors land beside the inputs. */
export const PAYMENT_FIELDS = ['paid_on', 'payer', 'amount_cents', 'method', 'reference'] as const;

/**
 * A new payment, from the plan's payer. With a split plan (Plan C) both pay every installment, so
 * any payer chosen beforehand would be a guess, and a wrong one is credited to the other's
 * installments: the coordinator chooses who paid.
 */
export function emptyPayment(plan: FeePlan, today: string): PaymentDraft {
  return { paid_on: today, payer: plan === 'split' ? '' : plan, amount: '', method: '', reference: '' };
}

/**
 * The draft as the request, or the messages to show beside its fields (keyed like the server's,
 * the amount under `amount_cents`) when something is missing or not an amount.
 */
export function paymentRequest(d: PaymentDraft): { body: NewPayment } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!d.paid_on) errors.paid_on = 'Enter the date it was paid.';
  if (!d.payer) errors.payer = 'Choose who paid.';
  const amount = parseDollars(d.amount);
  if ('error' in amount) errors.amount_cents = amount.error;
  if (!d.method) errors.method = 'Choose how it was paid.';
  if (Object.keys(errors).length || !d.payer || 'error' in amount || !d.method) return { errors };
  const reference = d.reference.trim();
  return {
    body: {
      paid_on: d.paid_on,
      payer: d.payer,
      amount_cents: amount.cents,
      method: d.method,
      ...(reference ? { reference } : {}),
    },
  };
}

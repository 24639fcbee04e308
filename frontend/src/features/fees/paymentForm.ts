import type { FeePayer, NewPayment, PaymentMethod } from '../../api/types';
import { parseDollars } from './money';

/** What the "Record a payment" form holds: the amount as typed, in dollars. */
export interface PaymentDraft {
  paid_on: string;
  payer: FeePayer;
  amount: string;
  method: PaymentMethod | '';
  reference: string;
}

/** The request's field names, so the server's errors land beside the inputs. */
export const PAYMENT_FIELDS = ['paid_on', 'payer', 'amount_cents', 'method', 'reference'] as const;

export function emptyPayment(payer: FeePayer, today: string): PaymentDraft {
  return { paid_on: today, payer, amount: '', method: '', reference: '' };
}

/**
 * The draft as the request, or the messages to show beside its fields (keyed like the server's,
 * the amount under `amount_cents`) when something is missing or not an amount.
 */
export function paymentRequest(d: PaymentDraft): { body: NewPayment } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!d.paid_on) errors.paid_on = 'Enter the date it was paid.';
  const amount = parseDollars(d.amount);
  if ('error' in amount) errors.amount_cents = amount.error;
  if (!d.method) errors.method = 'Choose how it was paid.';
  if (Object.keys(errors).length || 'error' in amount || !d.method) return { errors };
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

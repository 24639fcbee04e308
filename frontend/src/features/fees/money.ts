/**
 * Money as the API keeps it (integer cents) and as people read and type it (dollars). No floating
 * point on the way in or out: "0.29" is 29 cents, never 28.999….
 */
import { dollarsToCents } from '../../lib/units';

/** The most a single payment may be: the server refuses more ($1,000,000.00). */
export const MAX_PAYMENT_CENTS = 100_000_000;

/** 175000 → "$1,750.00"; -100000 → "-$1,000.00"; 5 → "$0.05". */
export function formatCents(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.trunc(cents));
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const frac = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}$${whole}.${frac}`;
}

export type ParsedAmount = { cents: number } | { error: string };

/**
 * What was typed in a payment's amount, as whole cents: "1750", "1,750.00", "$1,750.5" and
 * "1750.50" all read; anything else is a message to show beside the field. The amount must be
 * more than zero and at most what the server accepts.
 */
export function parseDollars(input: string): ParsedAmount {
  const s = input.trim();
  if (!s) return { error: 'Enter the amount in dollars, e.g. 1,750.00.' };
  if (s.startsWith('-')) return { error: 'Enter the amount paid, more than $0.00; a mistake is corrected by reversing it.' };
  const cents = dollarsToCents(s);
  if (cents === null) return { error: 'Enter dollars and cents, e.g. 1750 or 1,750.00 (at most two decimals).' };
  if (cents <= 0) return { error: 'The amount must be more than $0.00.' };
  if (cents > MAX_PAYMENT_CENTS) return { error: `The amount can be at most ${formatCents(MAX_PAYMENT_CENTS)}.` };
  return { cents };
}

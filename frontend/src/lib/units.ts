/**
 * Conversions between what the API stores (integer minutes, integer cents) and what people
 * type (decimal hours, dollars).
 */

/** 270 → "4.5"; 100 → "1.67". */
export function minutesToHours(minutes: number): string {
  const hours = Math.round((minutes / 60) * 100) / 100;
  return String(hours);
}

/**
 * "4.5" → 270; "1 h" is not accepted. Returns null for anything that is not a non-negative
 * decimal number (empty, text, negative).
 */
export function hoursToMinutes(input: string): number | null {
  const s = input.trim().replace(',', '.');
  if (!/^\d+(\.\d*)?$|^\.\d+$/.test(s)) return null;
  const minutes = Math.round(Number(s) * 60);
  return Number.isFinite(minutes) ? minutes : null;
}

/** 700000 → "7000.00"; 1999 → "19.99". */
export function centsToDollars(cents: number): string {
  const negative = cents < 0;
  const abs = Math.abs(Math.trunc(cents));
  const whole = Math.floor(abs / 100);
  const frac = String(abs % 100).padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${frac}`;
}

/**
 * "7,000.50" / "$7000.5" / "7000" → cents, without going through floating point.
 * Returns null for anything that is not a non-negative amount with at most two decimals.
 */
export function dollarsToCents(input: string): number | null {
  const s = input.trim().replace(/^\$\s*/, '');
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d{0,2}))?$/.exec(s);
  if (!m || (m[1] === undefined && !m[2])) return null;
  const whole = Number((m[1] ?? '0').replace(/,/g, ''));
  const frac = Number((m[2] ?? '').padEnd(2, '0') || '0');
  return whole * 100 + frac;
}

/** 700000 → "$7,000.00" for display. */
export function formatDollars(cents: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);
}

/** 4800 → "80 h"; 270 → "4.5 h". */
export function formatHours(minutes: number): string {
  return `${minutesToHours(minutes)} h`;
}

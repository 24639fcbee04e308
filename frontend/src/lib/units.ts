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

/**
 * Coaching time as people read it on the handbook's forms: 270 → "4 h 30 min", 65 → "1 h 05 min".
 * Every screen that shows a number of minutes uses this.
 */
export function formatMinutes(minutes: number): string {
  const m = Math.round(minutes);
  const abs = Math.abs(m);
  return `${m < 0 ? '-' : ''}${Math.floor(abs / 60)} h ${String(abs % 60).padStart(2, '0')} min`;
}

/** A duration as the two inputs of a form show it: 90 → { hours: "1", minutes: "30" }. */
export function splitMinutes(total: number | null | undefined): { hours: string; minutes: string } {
  if (total === null || total === undefined) return { hours: '', minutes: '' };
  return { hours: String(Math.floor(total / 60)), minutes: String(total % 60) };
}

/**
 * The two inputs back into minutes: both empty is no duration (null); an empty one counts as 0;
 * anything but whole non-negative numbers is an error message.
 */
export function joinMinutes(hours: string, minutes: string): { minutes: number | null } | { error: string } {
  const h = hours.trim();
  const m = minutes.trim();
  if (!h && !m) return { minutes: null };
  if ((h && !/^\d+$/.test(h)) || (m && !/^\d+$/.test(m))) return { error: 'Enter whole hours and minutes, e.g. 1 and 30.' };
  return { minutes: Number(h || '0') * 60 + Number(m || '0') };
}

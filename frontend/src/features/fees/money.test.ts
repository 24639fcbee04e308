import { describe, expect, it } from 'vitest';
import { MAX_PAYMENT_CENTS, formatCents, parseDollars } from './money';

describe('showing cents as dollars', () => {
  it('groups thousands and keeps two decimals, exactly', () => {
    expect(formatCents(175000)).toBe('$1,750.00');
    expect(formatCents(700000)).toBe('$7,000.00');
    expect(formatCents(0)).toBe('$0.00');
    expect(formatCents(5)).toBe('$0.05');
    expect(formatCents(99)).toBe('$0.99');
    expect(formatCents(123456789)).toBe('$1,234,567.89');
    expect(formatCents(MAX_PAYMENT_CENTS)).toBe('$1,000,000.00');
  });

  it('shows a reversal with a minus sign', () => {
    expect(formatCents(-100000)).toBe('-$1,000.00');
    expect(formatCents(-1)).toBe('-$0.01');
  });
});

describe('reading a typed amount', () => {
  it('reads dollars, with or without cents, commas or a dollar sign, into exact cents', () => {
    expect(parseDollars('1750')).toEqual({ cents: 175000 });
    expect(parseDollars('1,750.00')).toEqual({ cents: 175000 });
    expect(parseDollars(' $1,000.00 ')).toEqual({ cents: 100000 });
    expect(parseDollars('1750.5')).toEqual({ cents: 175050 });
    expect(parseDollars('0.01')).toEqual({ cents: 1 });
    expect(parseDollars('.75')).toEqual({ cents: 75 });
    expect(parseDollars('1000000')).toEqual({ cents: MAX_PAYMENT_CENTS });
  });

  it('never goes through floating point', () => {
    // 0.29 * 100 and 1.15 * 100 are not whole numbers in floating point.
    expect(parseDollars('0.29')).toEqual({ cents: 29 });
    expect(parseDollars('1.15')).toEqual({ cents: 115 });
    expect(parseDollars('4,321.07')).toEqual({ cents: 432107 });
    for (let c = 1; c <= 100_000; c += 997) {
      expect(parseDollars(formatCents(c))).toEqual({ cents: c });
    }
  });

  it('refuses what is not an amount, with a message to show beside the field', () => {
    for (const bad of ['', '   ', 'abc', '12,34', '1.005', '1.2.3', '$', '1e3', '1 000', '17,50.00', '½']) {
      const r = parseDollars(bad);
      expect(r, bad).toHaveProperty('error');
    }
  });

  it('refuses zero, a negative amount and more than the server accepts', () => {
    expect(parseDollars('0')).toEqual({ error: 'The amount must be more than $0.00.' });
    expect(parseDollars('0.00')).toEqual({ error: 'The amount must be more than $0.00.' });
    expect(parseDollars('-5')).toHaveProperty('error');
    expect(parseDollars('1000000.01')).toEqual({ error: 'The amount can be at most $1,000,000.00.' });
    expect(parseDollars('99999999999999999999')).toHaveProperty('error');
  });
});

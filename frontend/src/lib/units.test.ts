import { describe, expect, it } from 'vitest';
import {
  centsToDollars,
  dollarsToCents,
  formatDollars,
  formatMinutes,
  hoursToMinutes,
  joinMinutes,
  minutesToHours,
  splitMinutes,
} from './units';

describe('hours', () => {
  it('shows minutes as decimal hours', () => {
    expect(minutesToHours(270)).toBe('4.5');
    expect(minutesToHours(2400)).toBe('40');
    expect(minutesToHours(4800)).toBe('80');
    expect(minutesToHours(0)).toBe('0');
    expect(minutesToHours(100)).toBe('1.67');
  });

  it('parses decimal hours into whole minutes', () => {
    expect(hoursToMinutes('4.5')).toBe(270);
    expect(hoursToMinutes(' 40 ')).toBe(2400);
    expect(hoursToMinutes('1.25')).toBe(75);
    expect(hoursToMinutes('0.1')).toBe(6);
    expect(hoursToMinutes('.5')).toBe(30);
    expect(hoursToMinutes('4,5')).toBe(270);
    expect(hoursToMinutes('1.67')).toBe(100);
  });

  it('rejects what is not a non-negative number', () => {
    for (const bad of ['', ' ', 'abc', '-1', '4.5h', '1e3', '4..5']) {
      expect(hoursToMinutes(bad), bad).toBeNull();
    }
  });

  it('round-trips every whole number of minutes a form shows with two decimals', () => {
    for (let m = 0; m <= 6000; m += 1) {
      const back = hoursToMinutes(minutesToHours(m));
      expect(Math.abs((back ?? -99) - m)).toBeLessThanOrEqual(1);
    }
    for (const m of [0, 30, 60, 90, 270, 960, 1200, 2400, 4800]) {
      expect(hoursToMinutes(minutesToHours(m))).toBe(m);
    }
  });
});

describe('dollars', () => {
  it('shows cents as dollars with two decimals', () => {
    expect(centsToDollars(700000)).toBe('7000.00');
    expect(centsToDollars(1999)).toBe('19.99');
    expect(centsToDollars(5)).toBe('0.05');
    expect(centsToDollars(0)).toBe('0.00');
    expect(centsToDollars(-350000)).toBe('-3500.00');
  });

  it('parses dollar amounts into exact cents', () => {
    expect(dollarsToCents('7000')).toBe(700000);
    expect(dollarsToCents('7000.00')).toBe(700000);
    expect(dollarsToCents('$3,500.50')).toBe(350050);
    expect(dollarsToCents('19.99')).toBe(1999);
    expect(dollarsToCents('0.1')).toBe(10);
    expect(dollarsToCents('.05')).toBe(5);
    expect(dollarsToCents('1,234,567.89')).toBe(123456789);
    // 0.29 * 100 is 28.999999999999996 in floating point.
    expect(dollarsToCents('0.29')).toBe(29);
    expect(dollarsToCents('1.005')).toBeNull();
  });

  it('rejects what is not an amount', () => {
    for (const bad of ['', '.', 'abc', '-5', '12,34', '1.2.3', '$']) {
      expect(dollarsToCents(bad), bad).toBeNull();
    }
  });

  it('round-trips cents', () => {
    for (const c of [0, 1, 99, 100, 1999, 350000, 400000, 700000]) {
      expect(dollarsToCents(centsToDollars(c))).toBe(c);
    }
  });

  it('formats for display', () => {
    expect(formatDollars(700000)).toBe('$7,000.00');
  });
});

describe('coaching time', () => {
  it('formats minutes as hours and two-digit minutes', () => {
    expect(formatMinutes(270)).toBe('4 h 30 min');
    expect(formatMinutes(195)).toBe('3 h 15 min');
    expect(formatMinutes(65)).toBe('1 h 05 min');
    expect(formatMinutes(0)).toBe('0 h 00 min');
    expect(formatMinutes(59)).toBe('0 h 59 min');
    expect(formatMinutes(2400)).toBe('40 h 00 min');
    expect(formatMinutes(4800 + 7)).toBe('80 h 07 min');
    expect(formatMinutes(-90)).toBe('-1 h 30 min');
  });

  it('splits a duration into the two inputs and joins it back', () => {
    expect(splitMinutes(90)).toEqual({ hours: '1', minutes: '30' });
    expect(splitMinutes(45)).toEqual({ hours: '0', minutes: '45' });
    expect(splitMinutes(null)).toEqual({ hours: '', minutes: '' });
    for (const m of [0, 1, 59, 60, 90, 270, 720]) {
      const { hours, minutes } = splitMinutes(m);
      expect(joinMinutes(hours, minutes)).toEqual({ minutes: m });
    }
  });

  it('reads the two inputs leniently but refuses what is not whole numbers', () => {
    expect(joinMinutes('', '')).toEqual({ minutes: null });
    expect(joinMinutes(' 2 ', '')).toEqual({ minutes: 120 });
    expect(joinMinutes('', '90')).toEqual({ minutes: 90 });
    for (const [h, m] of [['1.5', ''], ['-1', '0'], ['1', 'x'], ['1', '30.5']] as const) {
      expect(joinMinutes(h, m), `${h} ${m}`).toHaveProperty('error');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { formatLocal, formatSpan, monthLabel, monthOf, nowIn, parseLocal, zoneName } from './eventTime';

describe('event times, as the program’s wall clock writes them', () => {
  it('reads a datetime-local value, with or without seconds', () => {
    expect(parseLocal('2026-09-24T17:30')).toEqual({ year: 2026, month: 9, day: 24, hour: 17, minute: 30 });
    expect(parseLocal('2026-09-24T17:30:00')).toEqual({ year: 2026, month: 9, day: 24, hour: 17, minute: 30 });
    expect(parseLocal('')).toBeNull();
    expect(parseLocal('2026-09-24')).toBeNull();
  });

  it('shows the time as written, whatever the browser’s zone', () => {
    expect(formatLocal('2026-09-24T17:30')).toBe('Thu, Sep 24, 2026, 5:30 PM');
    expect(formatLocal('2027-01-07T00:05')).toBe('Thu, Jan 7, 2027, 12:05 AM');
    expect(formatLocal('2026-11-02T12:00')).toBe('Mon, Nov 2, 2026, 12:00 PM');
    expect(formatLocal(null)).toBe('—');
  });

  it('says the day once for an evening, both days for the 2-day training', () => {
    expect(formatSpan('2026-09-24T17:30', '2026-09-24T20:00')).toBe('Thu, Sep 24, 2026, 5:30 PM – 8:00 PM');
    expect(formatSpan('2026-09-10T08:00', '2026-09-11T15:30')).toBe('Thu, Sep 10, 2026, 8:00 AM – Fri, Sep 11, 2026, 3:30 PM');
  });

  it('names the zone as it is on that day', () => {
    expect(zoneName('2026-09-24T17:30', 'America/Los_Angeles')).toBe('PDT');
    expect(zoneName('2026-12-10T17:30', 'America/Los_Angeles')).toBe('PST');
    expect(zoneName('2026-12-10T17:30', 'America/Los_Angeles', 'long')).toBe('Pacific Standard Time');
    expect(zoneName('2026-12-10T17:30', 'Not/AZone')).toBe('Not/AZone');
  });

  it('tells the time it is now on the program’s wall clock, written as event times are', () => {
    expect(nowIn('America/Los_Angeles', new Date('2026-09-25T00:30:00Z'))).toBe('2026-09-24T17:30');
    // Just past midnight is hour 00, not 24.
    expect(nowIn('America/Los_Angeles', new Date('2026-12-02T08:05:00Z'))).toBe('2026-12-02T00:05');
    expect(nowIn('America/New_York', new Date('2026-12-02T08:05:00Z'))).toBe('2026-12-02T03:05');
  });

  it('groups by month', () => {
    expect(monthOf('2026-09-24T17:30')).toBe('2026-09');
    expect(monthLabel('2026-09')).toBe('September 2026');
  });
});

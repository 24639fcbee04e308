import { describe, expect, it } from 'vitest';
import type { Ledger, LedgerMonth, LedgerYear } from '../../api/types';
import { chartOf, currentMonth, monthColumns, monthLabel, progressOf, yearFor } from './ledger';

const COUNTED = [9, 10, 11, 12, 1, 2, 3, 4, 5];

function month(ym: string, minutes: number, status: LedgerMonth['status'], min = 270): LedgerMonth {
  const counted = COUNTED.includes(Number(ym.slice(5)));
  return {
    month: ym,
    counted,
    minutes,
    face_to_face_minutes: minutes,
    system_of_support_minutes: 0,
    sessions: minutes ? 1 : 0,
    below_minimum: counted && status !== 'future' && minutes < min,
    status,
  };
}

function year(n: number, startYear: number, minutes: number[], currentIndex: number | null): LedgerYear {
  const months: LedgerMonth[] = [];
  for (let i = 0; i < 12; i++) {
    const m = ((8 + i) % 12) + 1;
    const y = m >= 9 ? startYear : startYear + 1;
    const status = currentIndex === null ? 'past' : i < currentIndex ? 'past' : i === currentIndex ? 'current' : 'future';
    months.push(month(`${y}-${String(m).padStart(2, '0')}`, minutes[i] ?? 0, status));
  }
  const total = months.reduce((s, m) => s + m.minutes, 0);
  return {
    year: n,
    start_date: `${startYear}-09-01`,
    end_date: `${startYear + 1}-08-31`,
    minutes: total,
    face_to_face_minutes: total,
    system_of_support_minutes: 0,
    sessions: months.filter((m) => m.minutes).length,
    meets_hours: total >= 2400,
    meets_face_to_face: true,
    meets_sessions: true,
    remaining_minutes: Math.max(0, 2400 - total),
    counted_months_left: 0,
    pace_minutes_per_month: 0,
    behind_pace: false,
    months,
  };
}

function ledger(years: LedgerYear[], current: number | null): Ledger {
  return {
    enrollment_id: 'e1',
    counted_state: 'submitted',
    monthly_minimum_minutes: 270,
    yearly_required_minutes: 2400,
    yearly_face_to_face_required_minutes: 0,
    min_sessions_per_year: 9,
    total_required_minutes: 4800,
    total_minutes: years.reduce((s, y) => s + y.minutes, 0),
    meets_total: false,
    current_year: current,
    years,
  } as Ledger;
}

describe('ledger', () => {
  it('labels months as the hours table heads them', () => {
    expect(monthLabel('2025-09')).toBe('Sep 2025');
    expect(monthLabel('2026-01')).toBe('Jan 2026');
  });

  it('turns a program year into bars with the monthly minimum marked', () => {
    // Sep 300, Oct 180 (below), Nov 600, … Jun 60 (summer, not counted but logged)
    const y = year(1, 2025, [300, 180, 600, 270, 0, 0, 0, 0, 0, 60, 0, 0], null);
    const chart = chartOf(y, 270);
    // Nine counted months and June, which has time logged; July and August are left out.
    expect(chart.bars.map((b) => b.label)).toEqual([
      'Sep 2025',
      'Oct 2025',
      'Nov 2025',
      'Dec 2025',
      'Jan 2026',
      'Feb 2026',
      'Mar 2026',
      'Apr 2026',
      'May 2026',
      'Jun 2026',
    ]);
    // The top is a whole hour at or above the fullest month: 600 min = 10 h.
    expect(chart.top).toBe(600);
    expect(chart.minimumAt).toBe(45);
    expect(chart.bars[2]!.height).toBe(100);
    expect(chart.bars[0]!.height).toBe(50);
    expect(chart.bars.filter((b) => b.below).map((b) => b.label)).toEqual([
      'Oct 2025',
      'Jan 2026',
      'Feb 2026',
      'Mar 2026',
      'Apr 2026',
      'May 2026',
    ]);
    expect(chart.bars[9]).toMatchObject({ counted: false, below: false, minutes: 60 });
  });

  it('leaves room above the minimum when every month is short', () => {
    const chart = chartOf(year(1, 2025, [30], 0), 270);
    // 270 × 1.25 = 337.5 → 6 hours.
    expect(chart.top).toBe(360);
    expect(chart.minimumAt).toBe(75);
    expect(chartOf(year(1, 2025, [], 0), 0).minimumAt).toBeNull();
  });

  it('finds this month and the year a table shows', () => {
    const l = ledger([year(1, 2024, [300], null), year(2, 2025, [270, 90, 45], 2)], 2);
    expect(currentMonth(l)).toMatchObject({ month: '2025-11', minutes: 45 });
    expect(yearFor(l, null)?.year).toBe(2);
    expect(yearFor(l, 1)?.year).toBe(1);
    expect(yearFor(l, 3)).toBeNull();
  });

  it('heads the hours table with the months of every row’s year, in order', () => {
    const a = ledger([year(1, 2025, [60], 2)], 1);
    const b = ledger([year(1, 2024, [], null), year(2, 2025, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30], 2)], 2);
    const cols = monthColumns([a, b], null);
    expect(cols[0]).toBe('2025-09');
    expect(cols).toContain('2026-08'); // b logged time in August
    expect(cols).toHaveLength(10);
    expect(monthColumns([a, b], 1)[0]).toBe('2024-09');
  });

  it('caps progress at the requirement', () => {
    expect(progressOf(195, 270)).toEqual({ value: 195, max: 270 });
    expect(progressOf(400, 270)).toEqual({ value: 270, max: 270 });
    expect(progressOf(30, 0)).toEqual({ value: 1, max: 1 });
  });
});

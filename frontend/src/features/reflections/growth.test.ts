import { describe, expect, it } from 'vitest';
import type { StandardGrowth } from '../../api/types';
import { chartLayout, formatChange, formatTenths, inOrder, standardChange } from './growth';

const standard = (n: number, initial: number | null, interim: number | null, ending: number | null = null): StandardGrowth => ({
  standard: n,
  initial_tenths: initial,
  interim_tenths: interim,
  ending_tenths: ending,
});

describe('growth between terms', () => {
  it('shows mean levels from tenths and changes with their sign', () => {
    expect(formatTenths(25)).toBe('2.5');
    expect(formatTenths(30)).toBe('3.0');
    expect(formatTenths(null)).toBe('—');
    expect(formatChange(1)).toBe('+1');
    expect(formatChange(-2)).toBe('−2');
    expect(formatChange(0)).toBe('0');
    expect(formatChange(null)).toBe('—');
    expect(formatChange(5, true)).toBe('+0.5');
    expect(formatChange(-10, true)).toBe('−1.0');
  });

  it('compares a standard’s latest mean with its earliest among the terms compared', () => {
    expect(standardChange(standard(1, 13, 23), ['interim', 'initial'])).toBe(10);
    expect(standardChange(standard(1, 13, null, 30), ['initial', 'interim', 'ending'])).toBe(17);
    expect(standardChange(standard(1, 13, 23), ['initial'])).toBeNull();
    expect(inOrder(['ending', 'initial'])).toEqual(['initial', 'ending']);
  });

  it('draws a bar per standard and term, as tall as its level', () => {
    const chart = chartLayout([standard(1, 10, 30), standard(2, 20, null)], ['initial', 'interim']);
    expect(chart.bars.map((b) => [b.standard, b.term, b.tenths])).toEqual([
      [1, 'initial', 10],
      [1, 'interim', 30],
      [2, 'initial', 20],
    ]);
    const [low, high] = chart.bars;
    expect(high!.height).toBeCloseTo(3 * low!.height);
    expect(high!.y + high!.height).toBe(chart.bottom);
    expect(chart.yOf(4)).toBe(chart.top);
    expect(high!.x).toBeGreaterThan(low!.x);
    expect(chart.groups.map((g) => g.standard)).toEqual([1, 2]);
    expect(chart.width).toBeGreaterThan(chart.groups[1]!.x);
  });
});

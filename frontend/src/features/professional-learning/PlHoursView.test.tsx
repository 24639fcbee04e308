import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../test/render';
import { PlHoursView } from './PlHoursView';
import { plHours, plLedger, plLine, plYear } from './testData';

describe('a candidate’s PL hours', () => {
  it('shows each year and the program against what is required, what the cap set aside, what waits, and the pace', () => {
    const y1 = plYear(1, {
      program_event_minutes: 1200,
      program_event_counted_minutes: 960,
      set_aside_minutes: 240,
      alternative_minutes: 240,
      counted_minutes: 1200,
      remaining_minutes: 0,
      meets: true,
    });
    const y2 = plYear(2, { program_event_minutes: 420, program_event_counted_minutes: 420, counted_minutes: 420, pending_minutes: 360, remaining_minutes: 780, months_left: 9, pace_minutes_per_month: 87 });
    const hours = plHours(plLedger([y1, y2]), [
      plLine('2025-11-01', 1200),
      plLine('2026-03-10', 240, { source: 'alternative', title: 'Restorative practices' }),
      plLine('2026-11-02', 420),
      plLine('2026-11-14', 360, { source: 'alternative', title: 'Equity in education', pending: true }),
    ]);
    renderWithApp(<PlHoursView hours={hours} />);

    const year2 = screen.getByRole('progressbar', { name: 'Program year 2 (this year)' });
    expect(year2).toHaveAttribute('value', '420');
    expect(year2).toHaveAttribute('max', '1200');
    expect(year2).toHaveAccessibleDescription('7 h 00 min of 20 h 00 min (13 h 00 min to go) · 6 h 00 min waiting for approval');
    expect(screen.getByRole('progressbar', { name: 'Whole program' })).toHaveAttribute('value', '1620');

    const first = screen.getByRole('region', { name: /^Program year 1 / });
    expect(within(first).getByText('4 h 00 min of PL days set aside: they count for at most 16 h 00 min a year.')).toBeInTheDocument();
    expect(within(first).getByText('20 h 00 min attended, 16 h 00 min counted')).toBeInTheDocument();
    expect(within(first).getAllByRole('row')).toHaveLength(3);

    const second = screen.getByRole('region', { name: /^Program year 2 \(this year\)/ });
    expect(within(second).getByText('13 h 00 min to go: 1 h 27 min a month for the 9 months left.')).toBeInTheDocument();
    const pending = within(second).getByRole('row', { name: /Equity in education/ });
    expect(pending).toHaveTextContent('Alternative PL');
    expect(pending).toHaveTextContent('Waiting for approval');
  });
});

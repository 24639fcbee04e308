import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlHoursRow } from '../../api/types';
import { ENROLLMENT_ID, sofia } from '../documents/testData';
import { renderWithApp } from '../../test/render';
import { PlHoursTable } from './PlHoursTable';
import { PlHoursView } from './PlHoursView';
import { plHours, plLedger, plLine, plYear, waivedPl } from './testData';

/**
 * Two program years after a doctoral waiver that waived Human Resources' PL day in year 1 (6 h)
 * and Finance and Budget's in year 2 (4 h): 30 h required of the program's 40.
 */
function waivedLedger() {
  const years = [
    plYear(1, { required_minutes: 840, remaining_minutes: 840, waived_minutes: 360 }),
    plYear(2, { required_minutes: 960, remaining_minutes: 960, waived_minutes: 240 }),
  ];
  return plLedger(years, {
    total_required_minutes: 1800,
    remaining_minutes: 1800,
    waived_minutes: 600,
    waived: [waivedPl(), waivedPl({ topic: 'finance_and_budget', activity: 'PL Day 4: Finance and Budget', year: 2, minutes: 240 })],
  });
}

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
    // Nothing waived: nothing said of a waiver.
    expect(screen.getByText(/^20 h 00 min of professional learning a program year, 40 h 00 min in total\. /)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Waived by the doctoral waiver' })).not.toBeInTheDocument();
    expect(screen.queryByText('Waived', { selector: 'dt' })).not.toBeInTheDocument();
  });

  it('counts against what a doctoral waiver leaves, and lists what it waived, each year’s share beside the year', () => {
    renderWithApp(<PlHoursView hours={plHours(waivedLedger(), [])} />);

    const total = screen.getByRole('progressbar', { name: 'Whole program' });
    expect(total).toHaveAttribute('max', '1800');
    expect(total).toHaveAccessibleDescription('0 h 00 min of 30 h 00 min (30 h 00 min to go) · 10 h 00 min waived');
    expect(screen.getByRole('progressbar', { name: 'Program year 1' })).toHaveAccessibleDescription(
      '0 h 00 min of 14 h 00 min (14 h 00 min to go) · 6 h 00 min waived',
    );
    expect(
      screen.getByText(/^20 h 00 min of professional learning a program year, 40 h 00 min in total, less 10 h 00 min waived by the doctoral waiver: 30 h 00 min\. /),
    ).toBeInTheDocument();

    const waived = screen.getByRole('region', { name: 'Waived by the doctoral waiver' });
    expect(within(waived).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Human Resources — PL Day 2: Human Resources, year 1, 6 h',
      'Finance & Budget — PL Day 4: Finance and Budget, year 2, 4 h',
    ]);

    const first = screen.getByRole('region', { name: /^Program year 1 / });
    expect(within(first).getByText('Required', { selector: 'dt' }).nextElementSibling).toHaveTextContent('14 h 00 min — 14 h 00 min to go');
    expect(within(first).getByText('Waived', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      '6 h 00 min of the year’s 20 h 00 min, by the doctoral waiver',
    );
  });
});

describe('the program’s PL hours table', () => {
  it('states the program’s requirement, and a candidate’s waived hours in their cells', () => {
    const row: PlHoursRow = {
      candidate: sofia,
      cohort_id: 'c1',
      cohort_label: 'Cohort A',
      district_name: 'Fresno Unified',
      enrollment_id: ENROLLMENT_ID,
      job_shadow_or_visit_done: false,
      status: 'enrolled',
      ledger: waivedLedger(),
    };
    renderWithApp(<PlHoursTable table={{ as_of: '2026-12-02', rows: [row] }} />);

    // The program's 40 hours, not the first candidate's own 30.
    expect(screen.getByText(/^20 h 00 min a program year, 40 h 00 min in total;/)).toBeInTheDocument();
    const sofiaRow = screen.getByRole('row', { name: /Sofia Alvarez/ });
    const cells = within(sofiaRow).getAllByRole('cell');
    expect(cells[2]).toHaveTextContent('0 h 00 min of 14 h 00 min6 h 00 min waived');
    expect(cells[5]).toHaveTextContent('0 h 00 min of 30 h 00 min10 h 00 min waived');
  });
});

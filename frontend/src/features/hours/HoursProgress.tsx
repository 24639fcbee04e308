import { useId, type ReactNode } from 'react';
import type { Ledger, LedgerYear } from '../../api/types';
import { chartOf, currentMonth, currentYear, monthRequired, progressOf } from './ledger';
import { formatMinutes } from '../../lib/units';

/** Minutes against a requirement: a progress bar with the numbers in text beside it. */
export function MinutesProgress({ label, minutes, required, note }: { label: string; minutes: number; required: number; note?: ReactNode }) {
  const id = useId();
  const p = progressOf(minutes, required);
  const text = required > 0 ? `${formatMinutes(minutes)} of ${formatMinutes(required)}` : formatMinutes(minutes);
  const verdict =
    required <= 0 ? 'no minimum' : minutes >= required ? 'met' : `${formatMinutes(required - minutes)} to go`;
  return (
    <div className={`progress-row${required > 0 && minutes < required ? ' short' : ''}`}>
      <span id={`${id}-label`} className="progress-label">
        {label}
      </span>
      <progress aria-labelledby={`${id}-label`} aria-describedby={`${id}-text`} value={p.value} max={p.max} />
      <span id={`${id}-text`} className="progress-text">
        <span className="progress-value">{text}</span> <span className="progress-verdict">({verdict})</span>
        {note && <> · {note}</>}
      </span>
    </div>
  );
}

/** This month, this program year and (optionally) the whole program, as progress bars. */
export function LedgerProgress({ ledger, total = false }: { ledger: Ledger; total?: boolean }) {
  const year = currentYear(ledger);
  const month = currentMonth(ledger);
  return (
    <div className="progress-list">
      {month ? (
        <MinutesProgress label="This month" minutes={month.minutes} required={monthRequired(ledger, month)} />
      ) : (
        <p className="muted">This month is outside the program years.</p>
      )}
      {year && (
        <MinutesProgress label={`Program year ${year.year}`} minutes={year.minutes} required={ledger.yearly_required_minutes} />
      )}
      {total && <MinutesProgress label="Whole program" minutes={ledger.total_minutes} required={ledger.total_required_minutes} />}
    </div>
  );
}

/**
 * A program year month by month: a bar per month with its time in text, the monthly minimum as
 * a dashed line, and months below it flagged in words (not by colour alone).
 */
export function YearChart({ year, monthlyMinimum }: { year: LedgerYear; monthlyMinimum: number }) {
  const chart = chartOf(year, monthlyMinimum);
  return (
    <figure className="month-chart">
      <figcaption>
        Coaching per month, program year {year.year}
        {chart.minimumAt !== null && (
          <span className="chart-legend">
            {' '}
            <span className="legend-line" aria-hidden="true" /> monthly minimum {formatMinutes(monthlyMinimum)}
          </span>
        )}
      </figcaption>
      <ol className="chart-bars">
        {chart.bars.map((b) => (
          <li key={b.month} className={`chart-month status-${b.status}${b.below ? ' below' : ''}${b.counted ? '' : ' uncounted'}`}>
            <span className="bar-value">{formatMinutes(b.minutes)}</span>
            <span className="bar-track" aria-hidden="true">
              <span className="bar" style={{ height: `${b.height}%` }} />
              {chart.minimumAt !== null && b.counted && <span className="bar-minimum" style={{ bottom: `${chart.minimumAt}%` }} />}
            </span>
            <span className="bar-label">
              {b.label}
              {b.status === 'current' && <span className="visually-hidden"> (this month)</span>}
            </span>
            {b.below && <span className="bar-flag">▼ Below minimum</span>}
            {!b.counted && <span className="bar-flag muted">Not counted</span>}
            {b.status === 'future' && b.counted && <span className="bar-flag muted">Upcoming</span>}
          </li>
        ))}
      </ol>
    </figure>
  );
}

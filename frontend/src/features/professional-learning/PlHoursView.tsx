import type { ReactNode } from 'react';
import type { PlHours } from '../../api/types';
import { formatDate } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';
import { capNote, linesOfYear, linesOutsideYears, paceNote, requirementText, yearTitle } from './plHours';
import { PlLines } from './PlLines';
import { PlProgress } from './PlProgress';
import { PlWaived } from './PlWaived';

/**
 * A candidate's professional-learning hours: each program year and the whole program against
 * what is required, and what a doctoral waiver took off it; then each year's sources (program PL days up to the yearly cap, alternative
 * PL, the Application to Practice), what waits for approval, the pace still needed, and the
 * amounts behind them. `children` come between the progress and the years (the records).
 */
export function PlHoursView({ hours, children }: { hours: PlHours; children?: ReactNode }) {
  const { ledger, lines } = hours;
  const outside = linesOutsideYears(ledger, lines);
  return (
    <>
      <section aria-labelledby="pl-progress">
        <h2 id="pl-progress">PL hours</h2>
        <PlProgress ledger={ledger} />
        <p className="muted">
          {requirementText(ledger)} Program PL days count for at most{' '}
          {formatMinutes(ledger.max_program_event_minutes_per_year)} a year; an alternative PL counts once a coordinator
          approves it. As of {formatDate(hours.as_of)}.
        </p>
        <p>
          Whole program: <strong>{formatMinutes(ledger.counted_minutes)}</strong> counted
          {ledger.pending_minutes > 0 && <>, {formatMinutes(ledger.pending_minutes)} waiting for approval</>} —{' '}
          {ledger.meets_total ? 'requirement met' : `${formatMinutes(ledger.remaining_minutes)} to go`}.
        </p>
        <p>
          Job shadow or school visit:{' '}
          {hours.job_shadow_or_visit_done ? <strong>done</strong> : <span className="warn">not yet (a summary submitted meets it)</span>}
        </p>
      </section>
      <PlWaived ledger={ledger} />
      {children}
      {ledger.years.map((y) => {
        const headingId = `pl-year-${y.year}`;
        const cap = capNote(y, ledger.max_program_event_minutes_per_year);
        const pace = paceNote(y);
        return (
          <section key={y.year} aria-labelledby={headingId} className="pl-year">
            <h2 id={headingId}>
              {yearTitle(y, ledger.current_year)}{' '}
              <span className="muted">
                ({formatDate(y.start_date)} – {formatDate(y.end_date)})
              </span>
            </h2>
            <dl className="facts pl-year-facts">
              <dt>Counted</dt>
              <dd>{formatMinutes(y.counted_minutes)}</dd>
              <dt>Required</dt>
              <dd>
                {formatMinutes(y.required_minutes)} — {y.meets ? 'met' : `${formatMinutes(y.remaining_minutes)} to go`}
              </dd>
              {y.waived_minutes > 0 && (
                <>
                  <dt>Waived</dt>
                  <dd>
                    {formatMinutes(y.waived_minutes)} of the year’s {formatMinutes(ledger.yearly_required_minutes)}, by the doctoral
                    waiver
                  </dd>
                </>
              )}
              <dt>Program PL days</dt>
              <dd>
                {formatMinutes(y.program_event_minutes)} attended, {formatMinutes(y.program_event_counted_minutes)} counted
              </dd>
              <dt>Set aside by the cap</dt>
              <dd>{formatMinutes(y.set_aside_minutes)}</dd>
              <dt>Alternative PL</dt>
              <dd>{formatMinutes(y.alternative_minutes)}</dd>
              <dt>Application to Practice</dt>
              <dd>{formatMinutes(y.application_to_practice_minutes)}</dd>
              <dt>Waiting for approval</dt>
              <dd>{formatMinutes(y.pending_minutes)}</dd>
              <dt>Pace needed</dt>
              <dd>{pace ?? (y.meets ? 'None: the year’s hours are met' : '—')}</dd>
            </dl>
            {cap && <p className="warn">{cap}</p>}
            <PlLines lines={linesOfYear(lines, y)} caption={`Professional learning in program year ${y.year}`} />
          </section>
        );
      })}
      {outside.length > 0 && (
        <section aria-labelledby="pl-outside">
          <h2 id="pl-outside">Outside the program years</h2>
          <PlLines lines={outside} caption="Professional learning outside the program years" />
        </section>
      )}
    </>
  );
}

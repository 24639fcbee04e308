import type { Ledger } from '../../api/types';
import { formatDate } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';
import { LedgerProgress, YearChart } from './HoursProgress';

/** A candidate's coaching hours: this month, this year, the program; then each year by month. */
export function LedgerView({ ledger }: { ledger: Ledger }) {
  return (
    <>
      <section aria-labelledby="hours-progress">
        <h2 id="hours-progress">Progress</h2>
        <LedgerProgress ledger={ledger} total />
        <p className="muted">
          Hours count once a log is {ledger.counted_state === 'acknowledged' ? 'acknowledged by the candidate' : 'submitted by the coach'}.
        </p>
      </section>
      {ledger.years.map((y) => (
        <section key={y.year} aria-labelledby={`year-${y.year}`}>
          <h2 id={`year-${y.year}`}>
            Program year {y.year}{' '}
            <span className="muted">
              ({formatDate(y.start_date)} – {formatDate(y.end_date)})
            </span>
          </h2>
          <ul className="year-facts">
            <li>
              Coaching: {formatMinutes(y.minutes)} of {formatMinutes(ledger.yearly_required_minutes)} —{' '}
              {y.meets_hours ? 'requirement met' : `${formatMinutes(y.remaining_minutes)} to go`}
            </li>
            {ledger.yearly_face_to_face_required_minutes > 0 && (
              <li>
                Face-to-face: {formatMinutes(y.face_to_face_minutes)} of {formatMinutes(ledger.yearly_face_to_face_required_minutes)} —{' '}
                {y.meets_face_to_face ? 'met' : 'not met yet'}
              </li>
            )}
            <li>
              System of support: {formatMinutes(y.system_of_support_minutes)}
            </li>
            <li>
              Sessions: {y.sessions} of at least {ledger.min_sessions_per_year} — {y.meets_sessions ? 'met' : 'not met yet'}
            </li>
            {y.behind_pace && (
              <li className="warn">
                Behind pace: {formatMinutes(y.pace_minutes_per_month)} a month needed for the {y.counted_months_left} counted months left
              </li>
            )}
          </ul>
          <YearChart year={y} monthlyMinimum={ledger.monthly_minimum_minutes} />
        </section>
      ))}
    </>
  );
}

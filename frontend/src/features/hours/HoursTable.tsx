import { Link } from 'react-router';
import type { HoursTable as HoursData } from '../../api/types';
import { formatMinutes } from '../../lib/units';
import { monthColumns, monthLabel, yearFor } from './ledger';

/** A row per candidate and a column per month of the program year shown, with the year's total. */
export function HoursTable({ table, programYear }: { table: HoursData; programYear: number | null }) {
  const ledgers = table.rows.map((r) => r.ledger);
  const columns = monthColumns(ledgers, table.program_year ?? programYear);
  const first = ledgers[0];
  return (
    <>
      {first && (
        <p className="muted">
          Monthly minimum {formatMinutes(first.monthly_minimum_minutes)}; {formatMinutes(first.yearly_required_minutes)} a
          program year. Months marked “below” are under the minimum.
        </p>
      )}
      <div className="table-wrap">
        <table className="hours-table">
          <caption className="visually-hidden">Coaching hours per candidate and month</caption>
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col">Cohort</th>
              <th scope="col">Year</th>
              {columns.map((m) => (
                <th scope="col" key={m} className="num">
                  {monthLabel(m)}
                </th>
              ))}
              <th scope="col" className="num">
                Year total
              </th>
              <th scope="col">Meets</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 && (
              <tr>
                <td colSpan={columns.length + 5}>No candidates match.</td>
              </tr>
            )}
            {table.rows.map((r) => {
              const y = yearFor(r.ledger, table.program_year ?? programYear);
              return (
                <tr key={r.enrollment_id}>
                  <th scope="row">
                    <Link to={`/enrollments/${r.enrollment_id}/hours`}>{r.candidate.display_name}</Link>
                    <div className="row-links">
                      <Link to={`/enrollments/${r.enrollment_id}/coaching-logs`}>Logs</Link>
                    </div>
                  </th>
                  <td>{r.cohort_label}</td>
                  <td>{y ? y.year : '—'}</td>
                  {columns.map((col) => {
                    const m = y?.months.find((x) => x.month === col);
                    if (!m) return <td key={col} className="num muted">—</td>;
                    return (
                      <td key={col} className={`num${m.below_minimum ? ' below' : ''}${m.status === 'future' ? ' future' : ''}`}>
                        {m.status === 'future' && m.minutes === 0 ? (
                          <span className="muted">—</span>
                        ) : (
                          formatMinutes(m.minutes)
                        )}
                        {m.below_minimum && <span className="below-mark"> ▼ below</span>}
                      </td>
                    );
                  })}
                  <td className="num">{y ? formatMinutes(y.minutes) : '—'}</td>
                  <td>{y ? y.meets_hours ? 'Meets' : <span className="warn">Doesn’t meet</span> : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

import { Link } from 'react-router';
import type { PlHoursTable as PlHoursData } from '../../api/types';
import { STATUS_LABELS, labelOf } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';
import { isShort, programTotalMinutes, yearNumbers, yearOf } from './plHours';

/**
 * A row per candidate: each program year's PL hours counted against what is required, and the
 * whole program's; a doctoral waiver lowers a candidate's own requirement, said in their cells.
 */
export function PlHoursTable({ table }: { table: PlHoursData }) {
  const ledgers = table.rows.map((r) => r.ledger);
  const years = yearNumbers(ledgers);
  const first = ledgers[0];
  return (
    <>
      {first && (
        <p className="muted">
          {formatMinutes(first.yearly_required_minutes)} a program year, {formatMinutes(programTotalMinutes(first))} in total;
          program PL days count for at most {formatMinutes(first.max_program_event_minutes_per_year)} a year. Years marked “short”
          ended under the requirement.
        </p>
      )}
      <div className="table-wrap">
        <table className="hours-table pl-hours-table">
          <caption className="visually-hidden">Professional-learning hours per candidate and program year</caption>
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col">Cohort</th>
              <th scope="col">District</th>
              {years.map((y) => (
                <th scope="col" key={y} className="num">
                  Year {y}
                </th>
              ))}
              <th scope="col" className="num">
                Waiting for approval
              </th>
              <th scope="col" className="num">
                Program total
              </th>
              <th scope="col">Meets</th>
              <th scope="col">Job shadow or visit</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.length === 0 && (
              <tr>
                <td colSpan={years.length + 7}>No candidates match.</td>
              </tr>
            )}
            {table.rows.map((r) => (
              <tr key={r.enrollment_id}>
                <th scope="row">
                  <Link to={`/enrollments/${r.enrollment_id}/professional-learning`}>{r.candidate.display_name}</Link>
                  {r.status !== 'enrolled' && <div className="row-links muted">{labelOf(STATUS_LABELS, r.status)}</div>}
                </th>
                <td>{r.cohort_label}</td>
                <td>{r.district_name}</td>
                {years.map((n) => {
                  const y = yearOf(r.ledger, n);
                  if (!y) return <td key={n} className="num muted">—</td>;
                  const short = isShort(y);
                  return (
                    <td key={n} className={`num${short ? ' below' : ''}`}>
                      {formatMinutes(y.counted_minutes)} <span className="muted">of {formatMinutes(y.required_minutes)}</span>
                      {y.set_aside_minutes > 0 && <div className="muted">{formatMinutes(y.set_aside_minutes)} set aside</div>}
                      {y.waived_minutes > 0 && <div className="muted">{formatMinutes(y.waived_minutes)} waived</div>}
                      {short && <span className="below-mark"> ▼ short</span>}
                    </td>
                  );
                })}
                <td className="num">{formatMinutes(r.ledger.pending_minutes)}</td>
                <td className="num">
                  {formatMinutes(r.ledger.counted_minutes)} <span className="muted">of {formatMinutes(r.ledger.total_required_minutes)}</span>
                  {r.ledger.waived_minutes > 0 && <div className="muted">{formatMinutes(r.ledger.waived_minutes)} waived</div>}
                </td>
                <td>{r.ledger.meets_total ? 'Meets' : <span className="warn">Not yet</span>}</td>
                <td>{r.job_shadow_or_visit_done ? 'Done' : <span className="warn">Not yet</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

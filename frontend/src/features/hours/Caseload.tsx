import { Link } from 'react-router';
import { QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { formatMinutes } from '../../lib/units';
import { LedgerProgress } from './HoursProgress';
import { FLAG_LABELS, flagDetail } from '../portfolio-review/reviewLabels';
import { currentYear } from './ledger';
import { useCaseload } from './queries';

/** `/caseload`: the coach's current candidates with their hours, and who is falling behind. */
export function Caseload() {
  const { programId } = useApp();
  const query = useCaseload();
  return (
    <>
      <h1>Caseload</h1>
      <QueryView query={query} what="Loading your caseload">
        {(all) => {
          const rows = all
            .filter((r) => !programId || r.enrollment.program_id === programId)
            .sort((a, b) => a.enrollment.candidate.display_name.localeCompare(b.enrollment.candidate.display_name));
          if (!rows.length) return <p>You have no current candidates.</p>;
          const behind = rows.filter((r) => currentYear(r.ledger)?.behind_pace);
          // Behind pace is told above with its pace; the rest of each candidate's follow-ups here.
          const others = rows
            .map((r) => ({ ...r, follow_ups: r.follow_ups.filter((f) => f.flag !== 'hours_behind_pace') }))
            .filter((r) => r.follow_ups.length);
          return (
            <>
              <section aria-labelledby="follow-up">
                <h2 id="follow-up">Follow-up</h2>
                {behind.length === 0 ? (
                  <p>Every candidate is on pace for this program year.</p>
                ) : (
                  <ul className="follow-up">
                    {behind.map(({ enrollment: e, ledger }) => {
                      const y = currentYear(ledger)!;
                      return (
                        <li key={e.id}>
                          <Link to={`/enrollments/${e.id}/hours`}>{e.candidate.display_name}</Link> is behind pace:{' '}
                          {formatMinutes(y.remaining_minutes)} to go in year {y.year}, so{' '}
                          <strong>{formatMinutes(y.pace_minutes_per_month)} a month</strong> for the {y.counted_months_left} counted
                          {y.counted_months_left === 1 ? ' month' : ' months'} left.
                        </li>
                      );
                    })}
                  </ul>
                )}
                {others.length > 0 && (
                  <ul className="follow-up">
                    {others.map(({ enrollment: e, follow_ups }) => (
                      <li key={e.id}>
                        <Link to={`/enrollments/${e.id}`}>{e.candidate.display_name}</Link>:{' '}
                        {follow_ups.map((f) => `${FLAG_LABELS[f.flag]} (${flagDetail(f)})`).join('; ')}.
                      </li>
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby="candidates">
                <h2 id="candidates">Current candidates</h2>
                <div className="caseload">
                  {rows.map(({ enrollment: e, ledger }) => (
                    <article key={e.id} className="card" aria-labelledby={`cand-${e.id}`}>
                      <div className="page-title">
                        <h3 id={`cand-${e.id}`}>{e.candidate.display_name}</h3>
                        <span className="muted">
                          {e.cohort_label}
                          {e.program_year ? `, year ${e.program_year}` : ''}
                        </span>
                      </div>
                      <LedgerProgress ledger={ledger} />
                      <div className="actions">
                        {e.can.add_coaching_log && (
                          <Link className="button" to={`/enrollments/${e.id}/coaching-logs/new`}>
                            Add coaching log<span className="visually-hidden"> for {e.candidate.display_name}</span>
                          </Link>
                        )}
                        <Link to={`/enrollments/${e.id}/coaching-logs`}>
                          Logs<span className="visually-hidden"> of {e.candidate.display_name}</span>
                        </Link>
                        <Link to={`/enrollments/${e.id}/hours`}>
                          Hours<span className="visually-hidden"> of {e.candidate.display_name}</span>
                        </Link>
                        <Link to={`/enrollments/${e.id}/ilps`}>
                          ILPs<span className="visually-hidden"> of {e.candidate.display_name}</span>
                        </Link>
                        <Link to={`/enrollments/${e.id}/reflections`}>
                          Reflections<span className="visually-hidden"> of {e.candidate.display_name}</span>
                        </Link>
                        <Link to={`/enrollments/${e.id}/application-to-practice`}>
                          Application to Practice<span className="visually-hidden"> of {e.candidate.display_name}</span>
                        </Link>
                        <Link to={`/enrollments/${e.id}/documents`}>
                          Documents<span className="visually-hidden"> of {e.candidate.display_name}</span>
                        </Link>
                        <Link to={`/enrollments/${e.id}/professional-learning`}>
                          Professional learning<span className="visually-hidden"> of {e.candidate.display_name}</span>
                        </Link>
                        <Link to={`/enrollments/${e.id}/job-shadows-and-visits`}>
                          Job shadow or visit<span className="visually-hidden"> of {e.candidate.display_name}</span>
                        </Link>
                      </div>
                    </article>
                  ))}
                </div>
              </section>
            </>
          );
        }}
      </QueryView>
    </>
  );
}

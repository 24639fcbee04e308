import { Link } from 'react-router';
import { QueryView, StatusBadge } from '../../components/ui';
import { STATUS_LABELS, formatDate, labelOf } from '../../lib/labels';
import { CoachMeetings } from '../attendance/CoachMeetings';
import { useMyCandidates } from '../enrollments/queries';

/** The coach's candidates, current ones first, with a shortcut to a new coaching log; then the meetings. */
export function CoachHome({ programId }: { programId: string | null }) {
  const query = useMyCandidates();
  return (
    <>
      <section aria-labelledby="my-candidates">
        <h2 id="my-candidates">My candidates</h2>
        <QueryView query={query} what="Loading your candidates">
          {(all) => {
            const rows = all
              .filter((r) => !programId || r.enrollment.program_id === programId)
              .sort((a, b) => Number(b.assignment.active) - Number(a.assignment.active));
            if (!rows.length) return <p>No candidates are assigned to you yet.</p>;
            return (
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">Candidates you coach</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Cohort</th>
                      <th scope="col">Year</th>
                      <th scope="col">District</th>
                      <th scope="col">Status</th>
                      <th scope="col">Coaching</th>
                      <th scope="col">Records</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map(({ enrollment: e, assignment: a }) => (
                      <tr key={a.id} className={a.active ? undefined : 'inactive'}>
                        <th scope="row">
                          <Link to={`/enrollments/${e.id}`}>{e.candidate.display_name}</Link>
                        </th>
                        <td>{e.cohort_label}</td>
                        <td>{e.program_year ?? '—'}</td>
                        <td>{e.district_name}</td>
                        <td>
                          <StatusBadge status={e.status} label={labelOf(STATUS_LABELS, e.status)} />
                        </td>
                        <td>
                          {a.active ? (
                            `Since ${formatDate(a.start_date)}`
                          ) : (
                            <span className="muted">Former candidate (read-only), until {formatDate(a.end_date)}</span>
                          )}
                        </td>
                        <td className="row-actions">
                          {e.can.add_coaching_log && (
                            <Link className="button" to={`/enrollments/${e.id}/coaching-logs/new`}>
                              Add coaching log<span className="visually-hidden"> for {e.candidate.display_name}</span>
                            </Link>
                          )}{' '}
                          <Link to={`/enrollments/${e.id}/coaching-logs`}>
                            Logs<span className="visually-hidden"> of {e.candidate.display_name}</span>
                          </Link>{' '}
                          <Link to={`/enrollments/${e.id}/ilps`}>
                            ILPs<span className="visually-hidden"> of {e.candidate.display_name}</span>
                          </Link>{' '}
                          <Link to={`/enrollments/${e.id}/reflections`}>
                            Reflections<span className="visually-hidden"> of {e.candidate.display_name}</span>
                          </Link>{' '}
                          <Link to={`/enrollments/${e.id}/application-to-practice`}>
                            Application to Practice<span className="visually-hidden"> of {e.candidate.display_name}</span>
                          </Link>{' '}
                          <Link to={`/enrollments/${e.id}/documents`}>
                            Documents<span className="visually-hidden"> of {e.candidate.display_name}</span>
                          </Link>{' '}
                          <Link to={`/enrollments/${e.id}/professional-learning`}>
                            Professional learning<span className="visually-hidden"> of {e.candidate.display_name}</span>
                          </Link>{' '}
                          <Link to={`/enrollments/${e.id}/job-shadows-and-visits`}>
                            Job shadow or visit<span className="visually-hidden"> of {e.candidate.display_name}</span>
                          </Link>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          }}
        </QueryView>
      </section>
      {programId && <CoachMeetings programId={programId} />}
    </>
  );
}

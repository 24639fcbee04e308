import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { Enrollment } from '../../api/types';
import { Notice, Pager, QueryView, StatusBadge } from '../../components/ui';
import { useApp } from '../../lib/context';
import { formatDate } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';
import { useEnrollment, useMyEnrollments } from '../enrollments/queries';
import { LOG_STATE_LABELS, formatClock, modeText } from './logFields';
import { useEnrollmentLogs } from './queries';

const PER_PAGE = 25;

/** The logs of one enrollment, newest first. */
function LogList({ enrollmentId }: { enrollmentId: string }) {
  const [page, setPage] = useState(1);
  const query = useEnrollmentLogs(enrollmentId, page, PER_PAGE);
  return (
    <QueryView query={query} what="Loading coaching logs">
      {(data) => (
        <>
          <div className="table-wrap">
            <table className="logs">
              <thead>
                <tr>
                  <th scope="col">Meeting date</th>
                  <th scope="col">Start</th>
                  <th scope="col">Duration</th>
                  <th scope="col">Mode</th>
                  <th scope="col">State</th>
                  <th scope="col">Coach</th>
                </tr>
              </thead>
              <tbody>
                {data.items.length === 0 && (
                  <tr>
                    <td colSpan={6}>No coaching logs yet.</td>
                  </tr>
                )}
                {data.items.map((l) => {
                  // A draft its author may change opens in the form; any other log read-only.
                  const editable = l.state === 'draft' && l.can.edit;
                  return (
                    <tr key={l.id}>
                      <th scope="row">
                        <Link to={editable ? `/coaching-logs/${l.id}/edit` : `/coaching-logs/${l.id}`}>
                          {l.meeting_date ? formatDate(l.meeting_date) : 'Undated draft'}
                        </Link>
                      </th>
                      <td>{formatClock(l.start_time)}</td>
                      <td>{l.duration_minutes === null || l.duration_minutes === undefined ? '—' : formatMinutes(l.duration_minutes)}</td>
                      <td>{modeText(l.mode)}</td>
                      <td>
                        <StatusBadge status={`log-${l.state}`} label={LOG_STATE_LABELS[l.state]} />
                      </td>
                      <td>{l.coach.display_name}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pager page={data.page} perPage={data.per_page || PER_PAGE} total={data.total} onPage={setPage} label="Log pages" />
        </>
      )}
    </QueryView>
  );
}

/** `/enrollments/:id/coaching-logs`: a candidate's logs for their coach and the program staff. */
export function EnrollmentLogs() {
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useEnrollment(id);
  const deleted = (location.state as { deleted?: boolean } | null)?.deleted;
  return (
    <QueryView query={query} what="Loading the enrollment">
      {(e) => (
        <>
          <p className="breadcrumb">
            <Link to={`/enrollments/${e.id}`}>{e.candidate.display_name}</Link> / Coaching logs
          </p>
          <div className="page-title">
            <h1>Coaching logs of {e.candidate.display_name}</h1>
            <EnrollmentLogActions enrollment={e} />
          </div>
          {deleted && <Notice>The draft was deleted.</Notice>}
          <LogList enrollmentId={e.id} />
        </>
      )}
    </QueryView>
  );
}

function EnrollmentLogActions({ enrollment: e }: { enrollment: Enrollment }) {
  return (
    <div className="actions">
      <Link to={`/enrollments/${e.id}/hours`}>Hours</Link>
      {e.can.add_coaching_log && (
        <Link className="button" to={`/enrollments/${e.id}/coaching-logs/new`}>
          Add coaching log
        </Link>
      )}
    </div>
  );
}

/** `/my/coaching-logs`: the candidate's own logs. */
export function MyCoachingLogs() {
  const { programId } = useApp();
  const query = useMyEnrollments();
  return (
    <>
      <h1>My coaching logs</h1>
      <QueryView query={query} what="Loading your enrollment">
        {(all) => {
          const mine = all.filter((e) => !programId || e.program_id === programId);
          if (!mine.length) return <p>You are not enrolled in this program.</p>;
          return mine.map((e) => (
            <section key={e.id} aria-label={`Coaching logs, ${e.cohort_label}`}>
              {mine.length > 1 && <h2>{e.cohort_label}</h2>}
              <p className="muted">
                Your coach writes a log after each session; acknowledge it once you have read it.{' '}
                <Link to="/my/hours">My hours</Link>
              </p>
              <LogList enrollmentId={e.id} />
            </section>
          ));
        }}
      </QueryView>
    </>
  );
}

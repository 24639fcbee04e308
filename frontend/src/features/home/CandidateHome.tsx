import { Link } from 'react-router';
import { QueryView, StatusBadge } from '../../components/ui';
import { AtpSummary } from '../applications-to-practice/AtpSummary';
import { CandidateMeetings } from '../attendance/CandidateMeetings';
import { useApp } from '../../lib/context';
import { DocumentsSummary } from '../documents/DocumentsSummary';
import { FeesSummary } from '../fees/FeesSummary';
import { STATUS_LABELS, formatDate, labelOf } from '../../lib/labels';
import { useMyEnrollments } from '../enrollments/queries';
import { ProgramYearsFacts } from '../enrollments/ProgramYearsFacts';
import { LedgerProgress } from '../hours/HoursProgress';
import { useLedger } from '../hours/queries';
import { PlSummary } from '../professional-learning/PlSummary';
import { ReflectionSummary } from '../reflections/ReflectionSummary';
import { RequestsSummary } from '../requests/RequestsSummary';

/** The candidate's enrollment: cohort, status, coach, hours and meetings so far. */
export function CandidateHome({ programId }: { programId: string | null }) {
  const { programs } = useApp();
  const query = useMyEnrollments();
  return (
    <section aria-labelledby="my-enrollment">
      <h2 id="my-enrollment">My program</h2>
      <QueryView query={query} what="Loading your enrollment">
        {(all) => {
          const mine = all.filter((e) => !programId || e.program_id === programId);
          if (!mine.length) return <p>You are not enrolled in this program yet.</p>;
          return mine.map((e) => (
            <div className="card" key={e.id}>
              <dl className="facts">
                <dt>Program</dt>
                <dd>{programs.find((p) => p.id === e.program_id)?.name ?? '—'}</dd>
                <dt>Cohort</dt>
                <dd>{e.cohort_label}</dd>
                <ProgramYearsFacts enrollment={e} />
                <dt>Status</dt>
                <dd>
                  <StatusBadge status={e.status} label={labelOf(STATUS_LABELS, e.status)} />
                </dd>
                <dt>Start date</dt>
                <dd>{formatDate(e.start_date)}</dd>
                <dt>District</dt>
                <dd>{e.district_name}</dd>
                <dt>Coach</dt>
                <dd>
                  {e.current_coach ? (
                    <>
                      <span className="coach-name">{e.current_coach.display_name}</span>
                      {' · '}
                      <a href={`mailto:${e.current_coach.email}`}>{e.current_coach.email}</a>
                    </>
                  ) : (
                    'No coach assigned yet'
                  )}
                </dd>
              </dl>
              <h3>Coaching hours</h3>
              <CandidateHours enrollmentId={e.id} />
              <h3>Meetings</h3>
              <CandidateMeetings enrollmentId={e.id} />
              <h3>Reflections</h3>
              <ReflectionSummary enrollmentId={e.id} />
              <h3>Application to Practice</h3>
              <AtpSummary enrollmentId={e.id} canStart={e.can.start_application_to_practice} />
              <h3>Professional learning</h3>
              <PlSummary enrollmentId={e.id} />
              <h3>Documents</h3>
              <DocumentsSummary enrollmentId={e.id} />
              <h3>Payment information</h3>
              <FeesSummary enrollmentId={e.id} />
              <h3>Requests</h3>
              <RequestsSummary enrollmentId={e.id} />
              <p>
                <Link to="/my/coaching-logs">My coaching logs</Link> · <Link to="/my/hours">My hours</Link> ·{' '}
                <Link to="/my/ilps">My ILPs</Link> ·{' '}
                <Link to={`/enrollments/${e.id}/completion`}>Program Completion Verification</Link>
              </p>
            </div>
          ));
        }}
      </QueryView>
    </section>
  );
}

function CandidateHours({ enrollmentId }: { enrollmentId: string }) {
  const ledger = useLedger(enrollmentId);
  return <QueryView query={ledger} what="Loading your hours">{(l) => <LedgerProgress ledger={l} total />}</QueryView>;
}

import { Link, useParams } from 'react-router';
import { QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { useEnrollment, useMyEnrollments } from '../enrollments/queries';
import { LedgerView } from './LedgerView';
import { useLedger } from './queries';

/** `/my/hours`: the candidate's own hours. */
export function MyHours() {
  const { programId } = useApp();
  const query = useMyEnrollments();
  return (
    <>
      <h1>My hours</h1>
      <QueryView query={query} what="Loading your enrollment">
        {(all) => {
          const mine = all.filter((e) => !programId || e.program_id === programId);
          if (!mine.length) return <p>You are not enrolled in this program.</p>;
          return mine.map((e) => <EnrollmentLedger key={e.id} enrollmentId={e.id} />);
        }}
      </QueryView>
    </>
  );
}

function EnrollmentLedger({ enrollmentId }: { enrollmentId: string }) {
  const ledger = useLedger(enrollmentId);
  return <QueryView query={ledger} what="Loading the hours">{(l) => <LedgerView ledger={l} />}</QueryView>;
}

/** `/enrollments/:id/hours`: a candidate's hours for their coach and the program staff. */
export function EnrollmentHours() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  return (
    <QueryView query={enrollment} what="Loading the enrollment">
      {(e) => (
        <>
          <p className="breadcrumb">
            <Link to={`/enrollments/${e.id}`}>{e.candidate.display_name}</Link> / Hours
          </p>
          <div className="page-title">
            <h1>Coaching hours of {e.candidate.display_name}</h1>
            <Link to={`/enrollments/${e.id}/coaching-logs`}>Coaching logs</Link>
          </div>
          <EnrollmentLedger enrollmentId={e.id} />
        </>
      )}
    </QueryView>
  );
}

import { Link, useLocation, useParams } from 'react-router';
import type { Enrollment } from '../../api/types';
import { Notice, QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { useEnrollment, useMyEnrollments } from '../enrollments/queries';
import { IlpCoverage } from './IlpCoverage';
import { IlpList } from './IlpList';

/** Shown when the API lets the reader start a plan (the candidate and their current coach). */
function AddIlp({ enrollment: e }: { enrollment: Enrollment }) {
  if (!e.can.add_ilp) return null;
  return (
    <Link className="button" to={`/enrollments/${e.id}/ilps/new`}>
      Add an ILP
    </Link>
  );
}

function Discarded() {
  const location = useLocation();
  const discarded = (location.state as { discarded?: boolean } | null)?.discarded;
  return discarded ? <Notice>The draft was discarded.</Notice> : null;
}

/** `/enrollments/:id/ilps`: a candidate's plans, for their coach and the program's staff. */
export function EnrollmentIlps() {
  const { id = '' } = useParams();
  const query = useEnrollment(id);
  return (
    <QueryView query={query} what="Loading the enrollment">
      {(e) => (
        <>
          <p className="breadcrumb">
            <Link to={`/enrollments/${e.id}`}>{e.candidate.display_name}</Link> / ILPs
          </p>
          <div className="page-title">
            <h1>ILPs of {e.candidate.display_name}</h1>
            <AddIlp enrollment={e} />
          </div>
          <Discarded />
          <IlpList enrollmentId={e.id} />
          <IlpCoverage enrollmentId={e.id} />
        </>
      )}
    </QueryView>
  );
}

/** `/my/ilps`: the candidate's own plans. */
export function MyIlps() {
  const { programId } = useApp();
  const query = useMyEnrollments();
  return (
    <>
      <h1>My ILPs</h1>
      <Discarded />
      <QueryView query={query} what="Loading your enrollment">
        {(all) => {
          const mine = all.filter((e) => !programId || e.program_id === programId);
          if (!mine.length) return <p>You are not enrolled in this program.</p>;
          return mine.map((e) => (
            <section key={e.id} aria-label={`ILPs, ${e.cohort_label}`}>
              {mine.length > 1 && <h2>{e.cohort_label}</h2>}
              <p className="muted">
                Write your Individual Leadership Plans with your coach: 2–3 a year is recommended, and together they address
                all six CPSEL standards by the end of the program.
              </p>
              <div className="actions">
                <AddIlp enrollment={e} />
              </div>
              <IlpList enrollmentId={e.id} />
              <IlpCoverage enrollmentId={e.id} />
            </section>
          ));
        }}
      </QueryView>
    </>
  );
}

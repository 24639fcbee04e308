import { Link, useParams } from 'react-router';
import type { Enrollment } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useEnrollment } from '../enrollments/queries';
import { useIsCandidate } from '../reflections/useIsCandidate';
import { PlHoursView } from './PlHoursView';
import { PlList } from './PlList';
import { usePlHours } from './queries';
import './pl.css';

/** `/enrollments/:id/professional-learning`: a candidate's PL hours and alternative PL records. */
export function EnrollmentPl() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  return (
    <QueryView query={enrollment} what="Loading the enrollment">
      {(e) => <PlScreen enrollment={e} />}
    </QueryView>
  );
}

function PlScreen({ enrollment: e }: { enrollment: Enrollment }) {
  const own = useIsCandidate(e.candidate.id);
  const hours = usePlHours(e.id);
  return (
    <>
      <p className="breadcrumb">
        {own ? <Link to="/">Home</Link> : <Link to={`/enrollments/${e.id}`}>{e.candidate.display_name}</Link>} / Professional
        learning
      </p>
      <div className="page-title">
        <h1>{own ? 'My professional learning' : `Professional learning of ${e.candidate.display_name}`}</h1>
        <nav className="actions" aria-label="Related records">
          <Link to={`/enrollments/${e.id}/documents`}>E-portfolio</Link>
          {e.can.read_records && <Link to={`/enrollments/${e.id}/job-shadows-and-visits`}>Job shadow or school visit</Link>}
        </nav>
      </div>
      <QueryView query={hours} what="Loading the PL hours">
        {(h) => (
          <PlHoursView hours={h}>
            {/* The records themselves are confidential: not for the district representative. */}
            {e.can.read_records && <AlternativePl enrollment={e} />}
          </PlHoursView>
        )}
      </QueryView>
    </>
  );
}

function AlternativePl({ enrollment: e }: { enrollment: Enrollment }) {
  return (
    <section aria-labelledby="alternative-pl">
      <div className="page-title">
        <h2 id="alternative-pl">Alternative professional learning</h2>
        {/* Recorded by the candidate or their current coach, the same people who start ILPs. */}
        {e.can.add_professional_learning && (
          <Link className="button" to={`/enrollments/${e.id}/professional-learning/new`}>
            Record an alternative PL
          </Link>
        )}
      </div>
      <p className="muted">
        Professional learning the coach and candidate chose besides the program’s PL days. Each needs the PL reflection form,
        the agenda and the sign-in sheet as PDFs; it counts once a coordinator approves it.
      </p>
      <PlList enrollmentId={e.id} />
    </section>
  );
}

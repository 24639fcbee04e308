import { Link, Navigate, useParams } from 'react-router';
import type { Enrollment } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useEnrollment } from '../enrollments/queries';
import { useIsCandidate } from '../reflections/useIsCandidate';
import { AtpSummary } from './AtpSummary';
import { useEnrollmentAtp } from './queries';

/**
 * `/enrollments/:id/application-to-practice`: the candidate's Application to Practice once it is
 * started; before, what it is and the way to start it (or why it is not open yet).
 */
export function EnrollmentAtp() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  const atp = useEnrollmentAtp(id);
  return (
    <QueryView query={enrollment} what="Loading the candidate">
      {(e) => (
        <QueryView query={atp} what="Loading the Application to Practice">
          {(a) => (a ? <Navigate to={`/applications-to-practice/${a.id}`} replace /> : <NotStarted enrollment={e} />)}
        </QueryView>
      )}
    </QueryView>
  );
}

function NotStarted({ enrollment: e }: { enrollment: Enrollment }) {
  const own = useIsCandidate(e.candidate.id);
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/enrollments/${e.id}/reflections`}>{own ? 'My reflections' : `Reflections of ${e.candidate.display_name}`}</Link> /
        Application to Practice
      </p>
      <h1>Application to Practice</h1>
      <p className="muted">
        At the end of year 1, built on the submitted interim reflection: the five elements of most growth and the five to focus
        on in year 2, each with its reason, an action plan for each element of focus, and the learning-and-leadership
        narrative.
      </p>
      <AtpSummary enrollmentId={e.id} canStart={e.can.start_application_to_practice} />
    </>
  );
}

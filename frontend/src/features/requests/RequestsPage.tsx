import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Enrollment } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useEnrollment } from '../enrollments/queries';
import { useIsCandidate } from '../reflections/useIsCandidate';
import { NewRequestForm } from './NewRequestForm';
import { useEnrollmentRequests } from './queries';
import { RequestsTable } from './RequestsTable';
import './requests.css';

/** `/enrollments/:id/requests`: a candidate's requests, and a new one for those the enrollment's `can.submit_request` allows. */
export function RequestsPage() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  return (
    <QueryView query={enrollment} what="Loading the enrollment">
      {(e) => <RequestsScreen enrollment={e} />}
    </QueryView>
  );
}

function RequestsScreen({ enrollment: e }: { enrollment: Enrollment }) {
  const own = useIsCandidate(e.candidate.id);
  const requests = useEnrollmentRequests(e.id);
  const [writing, setWriting] = useState(false);
  return (
    <>
      <p className="breadcrumb">
        {own ? <Link to="/">Home</Link> : <Link to={`/enrollments/${e.id}`}>{e.candidate.display_name}</Link>} / Requests
      </p>
      <div className="page-title">
        <h1>{own ? 'My requests' : `Requests of ${e.candidate.display_name}`}</h1>
        {e.can.submit_request && !writing && (
          <button type="button" onClick={() => setWriting(true)}>
            New request
          </button>
        )}
      </div>
      <p className="muted">
        A change of coach, an extension, a withdrawal, a complaint or a doctoral waiver, on the handbook’s forms. Each is taken under
        review, then approved or denied: extensions and doctoral waivers by the program director, the others by the program
        coordinator.
      </p>
      {writing && <NewRequestForm enrollmentId={e.id} onClose={() => setWriting(false)} />}
      <QueryView query={requests} what="Loading the requests">
        {(list) => <RequestsTable requests={list} />}
      </QueryView>
    </>
  );
}

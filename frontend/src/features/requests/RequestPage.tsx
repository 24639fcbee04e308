import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { ProgramRequest } from '../../api/types';
import { Notice, QueryView } from '../../components/ui';
import { formatInstant } from '../../lib/labels';
import { useIsCandidate } from '../reflections/useIsCandidate';
import { RequestActions } from './RequestActions';
import { RequestComments } from './RequestComments';
import { RequestDecisionNote } from './RequestDecisionNote';
import { RequestDocuments } from './RequestDocuments';
import { useRequest } from './queries';
import { DECIDER_LABELS, FORM_TITLES, KIND_LABELS } from './requestLabels';
import { RequestSheet } from './RequestSheet';
import { RequestStatusBadge } from './RequestStatusBadge';
import { RequestSteps } from './RequestSteps';
import './requests.css';

const STALE =
  'Someone else changed this request meanwhile: it is shown as it is now, and what you typed is kept. Check it, then try again if it still applies.';

/**
 * `/requests/:id`: the handbook form as submitted, its decision, the steps it went through, its
 * documents and comments, and the steps the reader may take now (its `can`).
 */
export function RequestPage() {
  const { id = '' } = useParams();
  const query = useRequest(id);
  return (
    <QueryView query={query} what="Loading the request">
      {(r) => <RequestScreen request={r} />}
    </QueryView>
  );
}

function RequestScreen({ request: r }: { request: ProgramRequest }) {
  const location = useLocation();
  const own = useIsCandidate(r.candidate.id);
  const submitted = (location.state as { submitted?: boolean } | null)?.submitted && r.status === 'submitted';
  // What the last step did, or that it was refused as stale; one message at a time.
  const [message, setMessage] = useState<{ text: string; stale: boolean } | null>(null);
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/enrollments/${r.enrollment_id}/requests`}>{own ? 'My requests' : `Requests of ${r.candidate.display_name}`}</Link> /{' '}
        {KIND_LABELS[r.kind]}
      </p>
      <h1>
        {FORM_TITLES[r.kind]} <RequestStatusBadge status={r.status} />
      </h1>
      <p className="muted">
        Candidate: <strong>{r.candidate.display_name}</strong> · Submitted by {r.submitted_by.display_name} on{' '}
        {formatInstant(r.submitted_at)} · Decided by the {DECIDER_LABELS[r.decided_by_role].toLowerCase()}
      </p>
      {submitted && !message && <Notice>Submitted: it waits to be taken under review.</Notice>}
      {message &&
        (message.stale ? (
          <div className="alert alert-error" role="alert">
            <p>{message.text}</p>
          </div>
        ) : (
          <Notice>{message.text}</Notice>
        ))}
      <RequestDecisionNote request={r} />
      <div className="card">
        <RequestSheet request={r} />
      </div>
      <RequestActions
        request={r}
        onDone={(text) => setMessage({ text, stale: false })}
        onStale={() => setMessage({ text: STALE, stale: true })}
      />
      <RequestSteps steps={r.steps} />
      <RequestDocuments request={r} />
      <RequestComments request={r} />
    </>
  );
}

import { useId } from 'react';
import { Link } from 'react-router';
import { RecordTable } from '../../components/RecordTable';
import { QueryView, StatusBadge } from '../../components/ui';
import { useProgramId } from '../../lib/context';
import { formatInstant } from '../../lib/labels';
import { useUrlFilters } from '../../lib/urlFilters';
import { useRequestQueue } from './queries';
import { DECIDER_LABELS, KIND_LABELS, REQUEST_KINDS, REQUEST_STATUSES, STATUS_LABELS } from './requestLabels';
import { RequestStatusBadge } from './RequestStatusBadge';
import './requests.css';

/**
 * `/requests`: the program's requests for its coordinators and director, the open ones
 * (submitted or under review) unless another status is chosen, oldest first, each saying who
 * decides it and whether that is the reader.
 */
export function RequestQueue() {
  const programId = useProgramId();
  const statusId = useId();
  const kindId = useId();
  const [params, update] = useUrlFilters();
  const status = REQUEST_STATUSES.find((s) => s === params.get('status'));
  const kind = REQUEST_KINDS.find((k) => k === params.get('kind'));
  const query = useRequestQueue(programId, { status, kind });
  return (
    <>
      <h1>Requests</h1>
      <p className="muted">
        Candidates’ requests for a change of coach, an extension, a withdrawal, a complaint or a doctoral waiver. The program
        director decides extensions and doctoral waivers; the coordinators (or the director) the others.
      </p>
      <div className="toolbar">
        <label htmlFor={statusId}>Status</label>
        <select id={statusId} value={status ?? ''} onChange={(e) => update({ status: e.target.value })}>
          <option value="">Open (submitted or under review)</option>
          {REQUEST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
        <label htmlFor={kindId}>Request</label>
        <select id={kindId} value={kind ?? ''} onChange={(e) => update({ kind: e.target.value })}>
          <option value="">All requests</option>
          {REQUEST_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <QueryView query={query} what="Loading the requests">
        {(list) => (
          <RecordTable
            rows={list}
            emptyInTable
            empty={status || kind ? 'No requests match.' : 'No open requests.'}
            columns={[
              {
                header: 'Candidate',
                cell: (r) => (
                  <Link to={`/enrollments/${r.enrollment_id}/requests`}>
                    {r.candidate.display_name}
                    <span className="visually-hidden">’s requests</span>
                  </Link>
                ),
              },
              {
                header: 'Request',
                cell: (r) => (
                  <Link to={`/requests/${r.id}`}>
                    {KIND_LABELS[r.kind]}
                    <span className="visually-hidden"> of {r.candidate.display_name}</span>
                  </Link>
                ),
              },
              { header: 'Status', cell: (r) => <RequestStatusBadge status={r.status} /> },
              { header: 'Submitted', cell: (r) => formatInstant(r.submitted_at) },
              {
                header: 'Decided by',
                cell: (r) => (
                  <>
                    {DECIDER_LABELS[r.decided_by_role]}
                    {r.you_decide && (
                      <>
                        {' '}
                        <StatusBadge status="you-decide" label="You decide" />
                      </>
                    )}
                  </>
                ),
              },
            ]}
          />
        )}
      </QueryView>
    </>
  );
}

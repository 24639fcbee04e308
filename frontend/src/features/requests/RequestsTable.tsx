import { Link } from 'react-router';
import type { ProgramRequest } from '../../api/types';
import { RecordTable } from '../../components/RecordTable';
import { formatInstant } from '../../lib/labels';
import { KIND_LABELS } from './requestLabels';
import { RequestStatusBadge } from './RequestStatusBadge';

/** A candidate's requests, latest first: what each is, where it stands, and the decision's reason once made. */
export function RequestsTable({ requests }: { requests: ProgramRequest[] }) {
  return (
    <RecordTable
      rows={requests}
      empty="No requests yet."
      columns={[
        { header: 'Request', cell: (r) => <Link to={`/requests/${r.id}`}>{KIND_LABELS[r.kind]}</Link> },
        { header: 'Status', cell: (r) => <RequestStatusBadge status={r.status} /> },
        { header: 'Submitted', cell: (r) => formatInstant(r.submitted_at) },
        {
          header: 'Decision',
          cell: (r) =>
            r.decision ? (
              <>
                <strong>{r.decision.approved ? 'Approved' : 'Denied'}</strong>: {r.decision.reason}
              </>
            ) : (
              <span className="muted">—</span>
            ),
        },
      ]}
    />
  );
}

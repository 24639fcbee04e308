import { Link } from 'react-router';
import { RecordTable } from '../../components/RecordTable';
import { QueryView } from '../../components/ui';
import { formatDate } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';
import { pdfsText } from './plLabels';
import { PlStatusBadge } from './PlStatusBadge';
import { usePlRecords } from './queries';

/** A candidate's alternative professional learning: a row each, with its status and PDFs. */
export function PlList({ enrollmentId }: { enrollmentId: string }) {
  const query = usePlRecords(enrollmentId);
  return (
    <QueryView query={query} what="Loading the professional learning">
      {(all) => (
        <RecordTable
          rows={all}
          empty="No alternative professional learning recorded yet."
          columns={[
            { header: 'Professional learning', cell: (pl) => <Link to={`/professional-learning/${pl.id}`}>{pl.title}</Link> },
            { header: 'Date', cell: (pl) => formatDate(pl.activity_date) },
            { header: 'Hours', cell: (pl) => formatMinutes(pl.minutes) },
            { header: 'Status', cell: (pl) => <PlStatusBadge status={pl.status} /> },
            { header: 'PDFs', cell: (pl) => <span className={pl.missing_documents.length ? 'warn' : undefined}>{pdfsText(pl)}</span> },
            {
              header: 'Decision',
              cell: (pl) =>
                pl.status === 'approved' || pl.status === 'denied' ? (
                  <>
                    {pl.decision_reason || '—'}
                    {pl.decided_by && <span className="muted"> ({pl.decided_by.display_name})</span>}
                  </>
                ) : (
                  <span className="muted">—</span>
                ),
            },
          ]}
        />
      )}
    </QueryView>
  );
}

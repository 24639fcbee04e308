import { Link } from 'react-router';
import type { MarkLine } from '../../api/types';
import { RecordTable } from '../../components/RecordTable';
import { StatusBadge } from '../../components/ui';
import { formatDate } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';
import { EVENT_KIND_LABELS } from '../events/eventLabels';
import { formatLocal } from '../events/eventTime';
import { ATTENDANCE_STATUS_LABELS } from './attendanceLabels';

/** The marks behind someone's counts, each with its proof of attendance where the server opens it. */
export function MarksList({ marks }: { marks: MarkLine[] }) {
  return (
    <RecordTable
      rows={marks.map((m) => ({ ...m, id: m.attendance_id }))}
      columns={[
        { header: 'Event', cell: (m) => <Link to={`/events/${m.event_id}`}>{m.event_title}</Link> },
        { header: 'When', cell: (m) => formatLocal(m.event_starts_at) },
        { header: 'Kind', cell: (m) => EVENT_KIND_LABELS[m.event_kind] },
        {
          header: 'Attendance',
          cell: (m) => (
            <>
              <StatusBadge status={`att-${m.status}`} label={ATTENDANCE_STATUS_LABELS[m.status]} />
              {m.made_up_on && <div className="muted">Made up on {formatDate(m.made_up_on)}</div>}
            </>
          ),
        },
        { header: 'Hours credited', cell: (m) => (m.credited_minutes ? formatMinutes(m.credited_minutes) : '—') },
      ]}
      action={(m) =>
        m.certificate && (
          <Link to={`/attendance/${m.attendance_id}/certificate`}>
            Proof of attendance<span className="visually-hidden"> for {m.event_title}, {formatLocal(m.event_starts_at)}</span>
          </Link>
        )
      }
      empty="No attendance marked yet."
    />
  );
}

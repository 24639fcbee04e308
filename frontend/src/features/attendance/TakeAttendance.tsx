import { Link, useParams } from 'react-router';
import type { AttendanceSheet, ProgramEvent } from '../../api/types';
import { CsvLink } from '../../components/ReportControls';
import { ErrorBox, QueryView } from '../../components/ui';
import { EventWhen } from '../events/EventCard';
import { EVENT_KIND_LABELS, sentence } from '../events/eventLabels';
import '../events/events.css';
import { useEvent } from '../events/queries';
import { AddWalkIn } from './AddWalkIn';
import './attendance.css';
import { useAllPresent, useDownloadSheetCsv } from './mutations';
import { useAttendanceSheet } from './queries';
import { SheetTable } from './SheetTable';

/** `/events/:id/attendance`: the event's sign-in sheet, taken by its coordinators (read by its director). */
export function TakeAttendance() {
  const { id = '' } = useParams();
  const event = useEvent(id);
  const sheet = useAttendanceSheet(id);
  return (
    <QueryView query={event} what="Loading the event">
      {(e) => (
        <>
          <p className="breadcrumb">
            <Link to="/events">Events</Link> / <Link to={`/events/${e.id}`}>{e.title}</Link> / Attendance
          </p>
          <h1>Attendance: {e.title}</h1>
          <p className="muted">
            {EVENT_KIND_LABELS[e.kind]} · <EventWhen event={e} />
          </p>
          <QueryView query={sheet} what="Loading the sign-in sheet">
            {(s) => <SheetPage event={e} sheet={s} />}
          </QueryView>
        </>
      )}
    </QueryView>
  );
}

function SheetPage({ event: e, sheet: s }: { event: ProgramEvent; sheet: AttendanceSheet }) {
  const allPresent = useAllPresent(s.event_id);
  const csv = useDownloadSheetCsv(s.event_id);
  const stats = [
    { label: 'attended', value: s.attended },
    { label: 'absent', value: s.absent },
    { label: 'excused', value: s.excused },
    { label: 'unmarked', value: s.unmarked },
  ];
  return (
    <>
      {!s.can.mark && s.can.closed_because && (
        <div className="alert alert-info" role="note">
          <p>{sentence(s.can.closed_because)}</p>
        </div>
      )}
      <div className="stats">
        {stats.map((st) => (
          <div key={st.label} className={`stat${st.label === 'unmarked' && st.value > 0 ? ' stat-warn' : ''}`}>
            <span className="stat-value">{st.value}</span>
            <span className="stat-label">{st.label}</span>
          </div>
        ))}
      </div>
      <div className="actions sheet-actions">
        {s.can.mark && (
          <button type="button" disabled={allPresent.isPending} onClick={() => allPresent.mutate()}>
            {allPresent.isPending ? 'Marking…' : 'All present'}
          </button>
        )}
        <CsvLink
          href={`/api/events/${s.event_id}/attendance.csv`}
          pending={csv.isPending}
          onDownload={() => csv.mutate()}
        />
      </div>
      {s.can.mark && (
        <p className="hint">All present marks everyone with a confirmed place who is not marked yet as attended.</p>
      )}
      {allPresent.error && <ErrorBox error={allPresent.error} />}
      {csv.error && <ErrorBox error={csv.error} />}
      <SheetTable event={e} sheet={s} />
      {s.can.mark && <AddWalkIn event={e} sheet={s} />}
    </>
  );
}

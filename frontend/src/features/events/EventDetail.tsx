import { Link, useLocation, useParams } from 'react-router';
import type { ProgramEvent } from '../../api/types';
import { Notice, QueryView, StatusBadge } from '../../components/ui';
import { MyAttendance } from '../attendance/MyAttendance';
import { AddToCalendar } from './AddToCalendar';
import { CancelEvent, CopyEvent } from './EventAdmin';
import { EventFacts } from './EventFacts';
import { EVENT_KIND_LABELS, cancelReason } from './eventLabels';
import './events.css';
import { MyRegistrationActions } from './MyRegistrationActions';
import { useEvent } from './queries';
import { Roster } from './Roster';

type Arrived = { created?: boolean; saved?: boolean; copied?: boolean } | null;

/** `/events/:id`: everything about the event, the reader's registration, and the coordinators' tools. */
export function EventDetail() {
  const { id = '' } = useParams();
  const query = useEvent(id);
  return (
    <QueryView query={query} what="Loading the event">
      {(e) => <EventPage key={e.id} event={e} onReload={() => void query.refetch()} />}
    </QueryView>
  );
}

function EventPage({ event: e, onReload }: { event: ProgramEvent; onReload: () => void }) {
  const arrived = useLocation().state as Arrived;
  const cancelled = e.status === 'cancelled';
  const reason = cancelReason(e);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/events">Events</Link> / {EVENT_KIND_LABELS[e.kind]}
      </p>
      <div className="page-title">
        <h1>
          {e.title}
          {cancelled && <StatusBadge status="event-cancelled" label="Cancelled" />}
        </h1>
        {e.can.edit && (
          <Link className="button" to={`/events/${e.id}/edit`}>
            Edit event
          </Link>
        )}
      </div>
      {arrived?.created && <Notice>The event is scheduled.</Notice>}
      {arrived?.saved && <Notice>Event saved.</Notice>}
      {arrived?.copied && <Notice>This is the copy. Change anything else that differs with Edit event.</Notice>}
      {cancelled && (
        <div className="alert alert-info" role="note">
          <p>This event was cancelled. Its registrations are kept, as “event cancelled”.</p>
          {reason && (
            <p className="cancel-reason">
              <strong>Reason:</strong> {reason}
            </p>
          )}
        </div>
      )}
      <EventFacts event={e} />
      <div className="event-links event-calendar">
        <AddToCalendar event={e} />
      </div>
      <section aria-labelledby="your-registration" className="event-registration">
        <h2 id="your-registration">Your registration</h2>
        <MyRegistrationActions event={e} />
        <MyAttendance event={e} />
      </section>
      {e.can.read_roster && <Roster event={e} />}
      {(e.can.copy || e.can.edit) && (
        <section aria-labelledby="event-tools">
          <h2 id="event-tools">Schedule</h2>
          <div className="columns">
            {e.can.copy && <CopyEvent event={e} />}
            {e.can.edit && <CancelEvent key={e.version} event={e} onReload={onReload} />}
          </div>
        </section>
      )}
    </>
  );
}

import { Link } from 'react-router';
import type { EventLocation, ProgramEvent } from '../../api/types';
import { StatusBadge } from '../../components/ui';
import { AddToCalendar } from './AddToCalendar';
import { EVENT_KIND_LABELS, cancelReason, locationText, placesText } from './eventLabels';
import { formatSpan, zoneName } from './eventTime';
import { MyRegistrationActions } from './MyRegistrationActions';

/**
 * When an event is, in the program's time zone: "Thu, Sep 24, 2026, 5:30 PM – 8:00 PM PDT".
 * (A registration gives its event's times as `event_starts_at`, … : passed as these.)
 */
export function EventWhen({ event: e }: { event: Pick<ProgramEvent, 'starts_at' | 'ends_at' | 'time_zone'> }) {
  return (
    <>
      {formatSpan(e.starts_at, e.ends_at)} <abbr title={e.time_zone}>{zoneName(e.starts_at, e.time_zone)}</abbr>
    </>
  );
}

/** Where an event is, line by line (place, room, address); "—" when no place is named. */
export function EventAddress({ location }: { location: EventLocation }) {
  const { name, room, address } = location;
  if (!name.trim() && !room.trim() && !address.trim()) return <>—</>;
  return (
    <address className="event-location">
      {name.trim() && <div>{name}</div>}
      {room.trim() && <div>{room}</div>}
      {address.trim() && <div>{address}</div>}
    </address>
  );
}

/** One event of the list: what, when, where, the places, and the reader's registration. */
export function EventCard({ event: e }: { event: ProgramEvent }) {
  const titleId = `event-${e.id}`;
  const cancelled = e.status === 'cancelled';
  const reason = cancelReason(e);
  return (
    <article className={`card event-card${cancelled ? ' is-cancelled' : ''}`} aria-labelledby={titleId}>
      <p className="event-kind">
        {EVENT_KIND_LABELS[e.kind]}
        {cancelled && <StatusBadge status="event-cancelled" label="Cancelled" />}
      </p>
      <h3 id={titleId}>
        <Link to={`/events/${e.id}`}>{e.title}</Link>
      </h3>
      <dl className="event-facts">
        <dt>When</dt>
        <dd>
          <EventWhen event={e} />
        </dd>
        <dt>Where</dt>
        <dd>{locationText(e.location) || '—'}</dd>
        <dt>Places</dt>
        <dd>{placesText(e)}</dd>
      </dl>
      {reason && (
        <p className="cancel-reason">
          <strong>Cancelled:</strong> {reason}
        </p>
      )}
      <MyRegistrationActions event={e} />
      <div className="event-links">
        <AddToCalendar event={e} />
        {e.can.read_roster && (
          <Link to={`/events/${e.id}#roster`}>
            Roster<span className="visually-hidden"> of {e.title}</span>
          </Link>
        )}
        {e.can.edit && (
          <Link to={`/events/${e.id}/edit`}>
            Edit<span className="visually-hidden"> {e.title}</span>
          </Link>
        )}
      </div>
    </article>
  );
}

import type { ProgramEvent } from '../../api/types';
import { formatInstant } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';
import { useCohorts, useDistricts } from '../programs/queries';
import { EventAddress, EventWhen } from './EventCard';
import { EVENT_KIND_LABELS, audienceText, placesText, registrationWindow } from './eventLabels';
import { zoneName } from './eventTime';

/** Everything about the event, as its page shows it. */
export function EventFacts({ event: e }: { event: ProgramEvent }) {
  const cohorts = useCohorts(e.program_id);
  const districts = useDistricts(e.program_id);
  const audience = audienceText(e, cohorts.data ?? [], districts.data ?? []);
  return (
    <div className="card">
      <dl className="facts event-page-facts">
        <dt>Kind</dt>
        <dd>{EVENT_KIND_LABELS[e.kind]}</dd>
        <dt>When</dt>
        <dd>
          <EventWhen event={e} />
          <div className="muted">
            {zoneName(e.starts_at, e.time_zone, 'long')} ({e.time_zone}), the program’s time zone
          </div>
        </dd>
        <dt>For</dt>
        <dd>{audience}</dd>
        <dt>Where</dt>
        <dd>
          <EventAddress location={e.location} />
        </dd>
        <dt>Places</dt>
        <dd>
          {placesText(e)}
          <div className="muted">
            {e.slots_used} confirmed{e.waitlisted ? `, ${e.waitlisted} on the waitlist` : ''}
          </div>
        </dd>
        <dt>Registration</dt>
        <dd>{registrationWindow(e)}</dd>
        <dt>Hours credited</dt>
        <dd>{e.credited_minutes ? formatMinutes(e.credited_minutes) : 'None'}</dd>
        {e.status === 'cancelled' && (
          <>
            <dt>Status</dt>
            <dd>Cancelled{e.cancelled_at ? ` on ${formatInstant(e.cancelled_at)}` : ''}</dd>
          </>
        )}
      </dl>
      {e.description.trim() && <p className="event-description">{e.description}</p>}
    </div>
  );
}

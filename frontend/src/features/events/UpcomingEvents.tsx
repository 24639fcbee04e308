import { Link } from 'react-router';
import { QueryView, StatusBadge } from '../../components/ui';
import { EventWhen } from './EventCard';
import { EVENT_KIND_LABELS, myStateLabel } from './eventLabels';
import './events.css';
import { useEvents } from './queries';

const HOW_MANY = 3;

/** The home screen's next few events for the reader, with their registration, and the way to all of them. */
export function UpcomingEvents({ programId }: { programId: string }) {
  const query = useEvents(programId);
  return (
    <section aria-labelledby="upcoming-events">
      <h2 id="upcoming-events">Upcoming events</h2>
      <QueryView query={query} what="Loading events">
        {(all) => {
          const next = all.slice(0, HOW_MANY);
          return (
            <>
              {next.length === 0 ? (
                <p>No upcoming events for you.</p>
              ) : (
                <ul className="upcoming-events">
                  {next.map((e) => {
                    const state = myStateLabel(e.my_registration);
                    return (
                      <li key={e.id} className="card">
                        <Link to={`/events/${e.id}`}>{e.title}</Link>
                        <span className="muted"> · {EVENT_KIND_LABELS[e.kind]}</span>
                        {e.status === 'cancelled' && <StatusBadge status="event-cancelled" label="Cancelled" />}
                        <div>
                          <EventWhen event={e} />
                        </div>
                        <div>
                          {state ? (
                            <StatusBadge status={`reg-${e.my_registration!.state}`} label={state} />
                          ) : e.can.register ? (
                            <span>Registration is open</span>
                          ) : (
                            <span className="muted">Not registered</span>
                          )}
                        </div>
                      </li>
                    );
                  })}
                </ul>
              )}
              <p>
                <Link to="/events">All events{all.length > next.length ? ` (${all.length} upcoming)` : ''}</Link>
              </p>
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

import { Link } from 'react-router';
import type { EventKind, ProgramEvent } from '../../api/types';
import { CheckboxField, SelectField } from '../../components/forms';
import { QueryView } from '../../components/ui';
import { useApp, useProgramId } from '../../lib/context';
import { mayOpen } from '../../lib/pages';
import { useUrlFilters } from '../../lib/urlFilters';
import { CalendarFeedPanel } from './CalendarFeed';
import { EventCard } from './EventCard';
import { EVENT_KIND_LABELS, groupByMonth } from './eventLabels';
import './events.css';
import { useEvents } from './queries';

const KINDS = Object.keys(EVENT_KIND_LABELS) as EventKind[];

/**
 * `/events`: the program's events for the reader (every one for its coordinators and director),
 * earliest first by month, each with the reader's registration. Filters stay in the address.
 */
export function Events() {
  const programId = useProgramId();
  const app = useApp();
  const [params, update] = useUrlFilters();
  const past = params.get('past') === '1';
  const kind = (params.get('kind') ?? '') as EventKind | '';
  const query = useEvents(programId, past);
  return (
    <>
      <div className="page-title">
        <h1>Events</h1>
        {mayOpen(app, 'events/new') && (
          <Link className="button" to="/events/new">
            New event
          </Link>
        )}
      </div>
      <CalendarFeedPanel />
      <div className="toolbar event-filters">
        <SelectField
          name="kind"
          label="Kind"
          value={kind}
          onChange={(v) => update({ kind: v })}
          placeholder="All kinds"
          options={KINDS.map((k) => ({ value: k, label: EVENT_KIND_LABELS[k] }))}
        />
        <CheckboxField name="past" label="Show past events" checked={past} onChange={(on) => update({ past: on ? '1' : '' })} />
      </div>
      <QueryView query={query} what="Loading events">
        {(list) => <EventList events={kind ? list.filter((e) => e.kind === kind) : list} past={past} filtered={!!kind} />}
      </QueryView>
    </>
  );
}

function EventList({ events, past, filtered }: { events: ProgramEvent[]; past: boolean; filtered: boolean }) {
  if (events.length === 0) {
    return <p>{filtered ? 'No events of this kind.' : past ? 'No events yet.' : 'No upcoming events for you.'}</p>;
  }
  return groupByMonth(events).map((g) => (
    <section key={g.month} aria-labelledby={`month-${g.month}`}>
      <h2 id={`month-${g.month}`}>{g.label}</h2>
      <div className="event-list">
        {g.events.map((e) => (
          <EventCard key={e.id} event={e} />
        ))}
      </div>
    </section>
  ));
}

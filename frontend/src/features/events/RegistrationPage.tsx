import { Link, useLocation, useParams } from 'react-router';
import type { Registration } from '../../api/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FormAlert, useFormProblem } from '../../components/forms';
import { Notice, QueryView, StatusBadge } from '../../components/ui';
import { formatInstant } from '../../lib/labels';
import { isOpen, registrationStateLabel } from './eventLabels';
import { EventAddress, EventWhen } from './EventCard';
import './events.css';
import { useCancelRegistration } from './mutations';
import { useRegistration } from './queries';

/**
 * `/registrations/:id`: the registration as the handbook's confirmation page shows it (Event,
 * Created, Email address, Updated, Slots used, User, State, Author), with when and where the
 * event is, the waitlist place, and Cancel when the reader may.
 */
export function RegistrationPage() {
  const { id = '' } = useParams();
  const query = useRegistration(id);
  return (
    <QueryView query={query} what="Loading the registration">
      {(r) => <RegistrationSheet registration={r} onReload={() => void query.refetch()} />}
    </QueryView>
  );
}

function RegistrationSheet({ registration: r, onReload }: { registration: Registration; onReload: () => void }) {
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/events">Events</Link> / <Link to={`/events/${r.event_id}`}>{r.event_title}</Link> / Registration
      </p>
      <h1>
        Registration <StatusBadge status={`reg-${r.state}`} label={registrationStateLabel(r)} />
      </h1>
      {saved && isOpen(r) && (
        <Notice>
          Registration has been saved.
          {r.state === 'waitlisted' &&
            ` The event is full: you are on the waitlist, place ${r.waitlist_position ?? '—'}. A place that frees goes to the first on the waitlist.`}
        </Notice>
      )}
      <div className="card">
        <dl className="facts registration-facts">
          <dt>Event</dt>
          <dd>
            <Link to={`/events/${r.event_id}`}>{r.event_title}</Link>
            <div className="muted">
              <EventWhen event={{ starts_at: r.event_starts_at, ends_at: r.event_ends_at, time_zone: r.time_zone }} />
            </div>
          </dd>
          <dt>Where</dt>
          <dd>
            <EventAddress location={r.location} />
          </dd>
          <dt>Created</dt>
          <dd>{formatInstant(r.registered_at)}</dd>
          <dt>Email address</dt>
          <dd>{r.person.email}</dd>
          <dt>Updated</dt>
          <dd>{formatInstant(r.updated_at)}</dd>
          <dt>Slots used</dt>
          <dd>{r.slots_used}</dd>
          <dt>User</dt>
          <dd>{r.person.display_name}</dd>
          <dt>State</dt>
          <dd>{registrationStateLabel(r)}</dd>
          <dt>Author</dt>
          <dd>{r.registered_by.display_name}</dd>
          {r.state === 'waitlisted' && (
            <>
              <dt>Waitlist position</dt>
              <dd>{r.waitlist_position ?? '—'}</dd>
            </>
          )}
          {r.promoted_at && (
            <>
              <dt>Moved up from the waitlist</dt>
              <dd>{formatInstant(r.promoted_at)}</dd>
            </>
          )}
          {r.cancelled_at && (
            <>
              <dt>Cancelled</dt>
              <dd>
                {formatInstant(r.cancelled_at)}
                {r.cancelled_by && ` by ${r.cancelled_by.display_name}`}
              </dd>
            </>
          )}
        </dl>
      </div>
      {r.can.cancel && <CancelRegistration key={r.version} registration={r} onReload={onReload} />}
    </>
  );
}

function CancelRegistration({ registration: r, onReload }: { registration: Registration; onReload: () => void }) {
  const form = useFormProblem([]);
  const cancel = useCancelRegistration(r.event_id);
  return (
    <div className="actions-block">
      <FormAlert problem={form.problem} onReload={onReload} />
      <ConfirmButton
        label="Cancel registration"
        question={r.state === 'waitlisted' ? 'Leave the waitlist?' : 'Give up this place? It goes to the first on the waitlist.'}
        confirm="Yes, cancel it"
        busy={cancel.isPending}
        onConfirm={() => {
          form.clear();
          cancel.mutate({ id: r.id, version: r.version }, { onError: form.fail });
        }}
      />
    </div>
  );
}

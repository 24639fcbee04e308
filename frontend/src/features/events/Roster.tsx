import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/problem';
import type { ProgramEvent, Registration } from '../../api/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { RecordTable } from '../../components/RecordTable';
import { QueryView } from '../../components/ui';
import { formatInstant } from '../../lib/labels';
import { registrationStateLabel, rosterSections, sentence } from './eventLabels';
import { useCancelRegistration } from './mutations';
import { useRoster } from './queries';
import { RegisterSomeone } from './RegisterSomeone';

/**
 * The event's roster for its coordinators and director: those with a place in order of arrival,
 * then the waitlist by place, then the cancelled. Coordinators register people and cancel.
 */
export function Roster({ event: e }: { event: ProgramEvent }) {
  const query = useRoster(e.id);
  return (
    <section aria-labelledby="roster-heading" id="roster">
      <h2 id="roster-heading">Roster</h2>
      <p>
        <Link className="button" to={`/events/${e.id}/attendance`}>
          Take attendance
        </Link>
      </p>
      <QueryView query={query} what="Loading the roster">
        {(list) => {
          const { confirmed, waitlisted, cancelled } = rosterSections(list);
          return (
            <>
              <RosterPart
                title={`Confirmed (${confirmed.length}${e.capacity ? ` of ${e.capacity}` : ''})`}
                rows={confirmed}
                eventId={e.id}
                empty="Nobody has a place yet."
                numbered
              />
              <RosterPart title={`Waitlist (${waitlisted.length})`} rows={waitlisted} eventId={e.id} empty="Nobody is waiting." />
              {cancelled.length > 0 && (
                <RosterPart title={`Cancelled (${cancelled.length})`} rows={cancelled} eventId={e.id} empty="" />
              )}
              {e.can.register_others && <RegisterSomeone event={e} roster={list} />}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

function RosterPart({
  title,
  rows,
  eventId,
  empty,
  numbered,
}: {
  title: string;
  rows: Registration[];
  eventId: string;
  empty: string;
  numbered?: boolean;
}) {
  const cancel = useCancelRegistration(eventId);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <h3>{title}</h3>
      {error && (
        <div className="alert alert-error" role="alert">
          <p>{error}</p>
        </div>
      )}
      <RecordTable
        rows={rows}
        columns={[
          {
            header: 'Name',
            cell: (r) => (
              <>
                {numbered && <span className="muted">{rows.indexOf(r) + 1}. </span>}
                <Link to={`/registrations/${r.id}`}>{r.person.display_name}</Link>
              </>
            ),
          },
          { header: 'Email', cell: (r) => r.person.email },
          { header: 'State', cell: (r) => registrationStateLabel(r) },
          {
            header: 'Registered',
            cell: (r) => (
              <>
                {formatInstant(r.registered_at)}
                {r.registered_by.id !== r.person.id && <div className="muted">by {r.registered_by.display_name}</div>}
                {r.promoted_at && <div className="muted">Moved up from the waitlist {formatInstant(r.promoted_at)}</div>}
                {r.cancelled_at && (
                  <div className="muted">
                    Cancelled {formatInstant(r.cancelled_at)}
                    {r.cancelled_by ? ` by ${r.cancelled_by.display_name}` : ''}
                  </div>
                )}
              </>
            ),
          },
        ]}
        action={(r) =>
          r.can.cancel && (
            <ConfirmButton
              label="Cancel"
              name={`Cancel ${r.person.display_name}’s registration`}
              question={`Cancel ${r.person.display_name}’s registration?`}
              confirm="Yes, cancel it"
              busy={cancel.isPending}
              onConfirm={() => {
                setError(null);
                cancel.mutate({ id: r.id, version: r.version }, { onError: (err) => setError(sentence(errorMessage(err))) });
              }}
            />
          )
        }
        actionClassName="row-actions"
        empty={empty}
      />
    </>
  );
}

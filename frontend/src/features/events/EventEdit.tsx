import { useState } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import type { Cohort, District, ProgramEvent } from '../../api/types';
import { RecordForm, useFormProblem } from '../../components/forms';
import { Loading, QueryView } from '../../components/ui';
import { useRecordDraft } from '../../lib/draft';
import { useProgramId } from '../../lib/context';
import { useCohorts, useDistricts, useProgram } from '../programs/queries';
import { EMPTY_EVENT, EVENT_FIELDS, draftFromEvent, toEventFields, type EventDraft } from './eventForm';
import { EventFormFields } from './EventFormFields';
import './events.css';
import { useCreateEvent, useSaveEvent } from './mutations';
import { useEvent } from './queries';

/** `/events/new`: a coordinator schedules an event; it opens once saved. */
export function NewEvent() {
  const programId = useProgramId();
  const cohorts = useCohorts(programId);
  const districts = useDistricts(programId);
  const program = useProgram(programId);
  if (cohorts.isPending || districts.isPending) return <Loading what="Loading cohorts and districts" />;
  return (
    <NewEventForm
      programId={programId}
      cohorts={cohorts.data ?? []}
      districts={districts.data ?? []}
      timeZone={program.data?.time_zone}
    />
  );
}

interface ListsProps {
  cohorts: Cohort[];
  districts: District[];
  timeZone: string | undefined;
}

function NewEventForm({ programId, ...lists }: ListsProps & { programId: string }) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<EventDraft>(EMPTY_EVENT);
  const form = useFormProblem(EVENT_FIELDS);
  const create = useCreateEvent(programId);
  const submit = () => {
    const checked = toEventFields(draft);
    if ('errors' in checked) return form.invalid(checked.errors);
    form.clear();
    create.mutate(checked.fields, {
      onError: form.fail,
      onSuccess: (e) => navigate(`/events/${e.id}`, { state: { created: true } }),
    });
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/events">Events</Link> / New event
      </p>
      <h1>New event</h1>
      <RecordForm
        className="event-form"
        problem={form.problem}
        onSubmit={submit}
        pending={create.isPending}
        submitLabel="Schedule event"
        onCancel={() => navigate('/events')}
      >
        <EventFormFields draft={draft} onChange={setDraft} field={form.field} {...lists} />
      </RecordForm>
    </>
  );
}

/** `/events/:id/edit`: the whole event, saved with the version read; for those whose `can.edit` allows. */
export function EditEvent() {
  const { id = '' } = useParams();
  const query = useEvent(id);
  return (
    <QueryView query={query} what="Loading the event">
      {(e) =>
        e.can.edit ? (
          <EditEventLists event={e} onReload={() => void query.refetch()} />
        ) : (
          <Navigate to={`/events/${e.id}`} replace />
        )
      }
    </QueryView>
  );
}

function EditEventLists({ event, onReload }: { event: ProgramEvent; onReload: () => void }) {
  const cohorts = useCohorts(event.program_id);
  const districts = useDistricts(event.program_id);
  if (cohorts.isPending || districts.isPending) return <Loading what="Loading cohorts and districts" />;
  return (
    <EditEventForm
      event={event}
      onReload={onReload}
      cohorts={cohorts.data ?? []}
      districts={districts.data ?? []}
      timeZone={event.time_zone}
    />
  );
}

function EditEventForm({ event, onReload, ...lists }: ListsProps & { event: ProgramEvent; onReload: () => void }) {
  const navigate = useNavigate();
  // A reload after a 412 brings a new version; what was typed stays, the rest follows it.
  const [draft, setDraft] = useRecordDraft<ProgramEvent, EventDraft>(event, draftFromEvent);
  const form = useFormProblem(EVENT_FIELDS);
  const save = useSaveEvent(event);
  const submit = () => {
    const checked = toEventFields(draft);
    if ('errors' in checked) return form.invalid(checked.errors);
    form.clear();
    save.mutate(checked.fields, {
      onError: form.fail,
      onSuccess: (e) => navigate(`/events/${e.id}`, { state: { saved: true } }),
    });
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/events">Events</Link> / <Link to={`/events/${event.id}`}>{event.title}</Link> / Edit
      </p>
      <h1>Edit event</h1>
      {event.slots_used + event.waitlisted > 0 && (
        <div className="alert alert-info" role="note">
          <p>
            {event.slots_used} confirmed and {event.waitlisted} waiting. More places move the first of the waitlist up at once;
            fewer places than those confirmed are refused.
          </p>
        </div>
      )}
      <RecordForm
        className="event-form"
        problem={form.problem}
        onReload={onReload}
        onSubmit={submit}
        pending={save.isPending}
        submitLabel="Save event"
        onCancel={() => navigate(`/events/${event.id}`)}
      >
        <EventFormFields draft={draft} onChange={setDraft} field={form.field} {...lists} />
      </RecordForm>
    </>
  );
}

import type { Audience, Cohort, District, EventKind } from '../../api/types';
import { SelectField, TextField } from '../../components/forms';
import { labelOptions } from '../../lib/labels';
import { minutesToHours } from '../../lib/units';
import { AUDIENCE_LABELS, EVENT_KIND_LABELS } from './eventLabels';
import { lengthInMinutes, type EventDraft } from './eventForm';

/** Kinds that are the coaches' (the editor suggests them as the audience). */
const FOR_COACHES: EventKind[] = ['coach_training', 'coach_meeting'];

interface Props {
  draft: EventDraft;
  onChange: (d: EventDraft) => void;
  field: (name: string) => string | undefined;
  cohorts: Cohort[];
  districts: District[];
  /** The program's time zone, in which the times are written. */
  timeZone: string | undefined;
}

/** Every field of an event, as a coordinator writes it; errors beside each, by the API's field names. */
export function EventFormFields({ draft, onChange, field, cohorts, districts, timeZone }: Props) {
  const set =
    <K extends keyof EventDraft>(k: K) =>
    (v: EventDraft[K]) =>
      onChange({ ...draft, [k]: v });
  const setLocation = (k: keyof EventDraft['location']) => (v: string) =>
    onChange({ ...draft, location: { ...draft.location, [k]: v } });
  const time = (
    k: 'starts_at' | 'ends_at' | 'registration_opens_at' | 'registration_closes_at',
    label: string,
    hint?: string,
    required?: boolean,
  ) => (
    <TextField
      name={k}
      label={label}
      type="datetime-local"
      value={draft[k]}
      onChange={set(k)}
      hint={hint}
      error={field(k)}
      required={required}
    />
  );
  const length = lengthInMinutes(draft.starts_at, draft.ends_at);
  const zone = timeZone ? ` (${timeZone})` : '';
  return (
    <>
      <fieldset className="card">
        <legend>The event</legend>
        <SelectField
          name="kind"
          label="Kind"
          value={draft.kind}
          onChange={(kind) => {
            // A coach meeting is for coaches, anything else for candidates, unless already chosen.
            const audience = draft.audience || (FOR_COACHES.includes(kind as EventKind) ? 'coaches' : 'candidates');
            onChange({ ...draft, kind: kind as EventKind, audience: kind ? audience : draft.audience });
          }}
          placeholder="Choose a kind"
          options={labelOptions(EVENT_KIND_LABELS)}
          error={field('kind')}
          required
        />
        <TextField
          name="title"
          label="Title"
          value={draft.title}
          onChange={set('title')}
          hint="e.g. Candidate Cohort Meeting"
          error={field('title')}
          required
        />
        <TextField
          name="description"
          label="Description"
          value={draft.description}
          onChange={set('description')}
          multiline
          error={field('description')}
        />
      </fieldset>
      <fieldset className="card">
        <legend>Who it is for</legend>
        <SelectField
          name="audience"
          label="Audience"
          value={draft.audience}
          onChange={(v) => set('audience')(v as Audience)}
          placeholder="Choose"
          options={labelOptions(AUDIENCE_LABELS)}
          error={field('audience')}
          required
        />
        <SelectField
          name="cohort_id"
          label="Cohort"
          value={draft.cohort_id}
          onChange={set('cohort_id')}
          placeholder="All cohorts"
          options={cohorts.map((c) => ({ value: c.id, label: c.label }))}
          hint="A cohort’s event is for its candidates and the coaches who coach one of them."
          error={field('cohort_id')}
        />
        <SelectField
          name="district_id"
          label="District"
          value={draft.district_id}
          onChange={set('district_id')}
          placeholder="All districts"
          options={districts.map((d) => ({ value: d.id, label: d.name }))}
          error={field('district_id')}
        />
      </fieldset>
      <fieldset className="card">
        <legend>When</legend>
        <p className="hint">Times are the program’s local times{zone}.</p>
        {time('starts_at', 'Starts', undefined, true)}
        {time('ends_at', 'Ends', undefined, true)}
        <TextField
          name="credited_minutes"
          label="Hours credited"
          inputMode="decimal"
          value={draft.hours}
          onChange={set('hours')}
          hint={`In hours, e.g. 2.5; empty for none.${length ? ` The event lasts ${minutesToHours(length)} hours.` : ''}`}
          error={field('credited_minutes')}
        />
      </fieldset>
      <fieldset className="card">
        <legend>Where</legend>
        <TextField
          name="location.name"
          label="Place"
          value={draft.location.name}
          onChange={setLocation('name')}
          hint="e.g. Demo County Office of Education"
          error={field('location.name')}
        />
        <TextField
          name="location.room"
          label="Room"
          value={draft.location.room}
          onChange={setLocation('room')}
          error={field('location.room')}
        />
        <TextField
          name="location.address"
          label="Address"
          value={draft.location.address}
          onChange={setLocation('address')}
          error={field('location.address')}
        />
      </fieldset>
      <fieldset className="card">
        <legend>Registration</legend>
        <TextField
          name="capacity"
          label="Places"
          type="number"
          inputMode="numeric"
          min="1"
          value={draft.capacity}
          onChange={set('capacity')}
          hint="Empty for no limit. When the places are taken, people join the waitlist."
          error={field('capacity')}
        />
        {time('registration_opens_at', 'Registration opens', 'Empty: open now.')}
        {time(
          'registration_closes_at',
          'Registration closes',
          'Empty: open until the event starts. Coordinators can still register people after.',
        )}
      </fieldset>
    </>
  );
}

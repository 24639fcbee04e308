import { useId, useState } from 'react';
import type { FormProblem } from '../../api/problem';
import type { Makeup, MakeupRequest, ProgramEvent } from '../../api/types';
import { ChoiceGroup, SelectField, TextField, preventDefault, useFormProblem } from '../../components/forms';
import { sentence } from '../events/eventLabels';
import { formatLocal, nowIn } from '../events/eventTime';
import { useEvents } from '../events/queries';
import { useProgram } from '../programs/queries';
import { makeupSessions } from './sheet';

type Way = 'session' | 'date';

interface Props {
  /** The event the absence was at. */
  event: ProgramEvent;
  makeup: Makeup | null;
  /** Why the last save was refused (its make-up fields are shown here). */
  problem: FormProblem | null;
  pending: boolean;
  /** Saves the mark with this make-up, or without one (null). */
  onSave: (makeup: MakeupRequest | null) => void;
}

/**
 * How an absence at a required meeting was made up: at another held session of the same kind,
 * or on a date, said how.
 */
export function MakeupForm({ event, makeup, problem, pending, onSave }: Props) {
  const id = useId();
  const [way, setWay] = useState<Way>(makeup && !makeup.event_id ? 'date' : 'session');
  const [sessionId, setSessionId] = useState(makeup?.event_id ?? '');
  const [date, setDate] = useState(makeup && !makeup.event_id ? makeup.date : '');
  const [note, setNote] = useState(makeup?.note ?? '');
  const local = useFormProblem();
  const events = useEvents(event.program_id, true);
  const program = useProgram(event.program_id);
  const sessions = makeupSessions(events.data ?? [], { eventId: event.id, kind: event.kind }, nowIn(event.time_zone));
  const field = (name: string) => {
    const message = local.field(name) ?? problem?.fields[name];
    return message && sentence(message);
  };

  const submit = () => {
    const missing: Record<string, string> =
      way === 'session'
        ? sessionId
          ? {}
          : { 'makeup.event_id': 'Choose the session.' }
        : {
            ...(date ? {} : { 'makeup.date': 'Enter the day it was made up.' }),
            ...(note.trim() ? {} : { 'makeup.note': 'Say how it was made up.' }),
          };
    if (Object.keys(missing).length) return local.invalid(missing);
    local.clear();
    onSave(way === 'session' ? { event_id: sessionId } : { date, note: note.trim() });
  };

  const days = program.data?.settings.end_of_year_makeup_days;
  return (
    <form className="makeup-form" onSubmit={preventDefault(submit)} noValidate>
      {field('makeup') && (
        <p className="field-error" role="alert">
          {field('makeup')}
        </p>
      )}
      <ChoiceGroup
        name={`${id}-way`}
        legend="Made up"
        type="radio"
        groups={[
          {
            options: [
              { value: 'session', label: 'At another session' },
              { value: 'date', label: 'On a date' },
            ],
          },
        ]}
        values={[way]}
        onToggle={(v) => setWay(v as Way)}
        hint={event.kind === 'end_of_year' && days !== undefined ? `Within ${days} days of the meeting.` : undefined}
      />
      {way === 'session' ? (
        <SelectField
          name="makeup.event_id"
          label="Session"
          value={sessionId}
          onChange={setSessionId}
          placeholder={events.isPending ? 'Loading the sessions…' : sessions.length ? 'Choose a session' : 'No other session held yet'}
          options={sessions.map((s) => ({ value: s.id, label: `${s.title}, ${formatLocal(s.starts_at)}` }))}
          error={field('makeup.event_id')}
        />
      ) : (
        <>
          <TextField name="makeup.date" label="Day made up" type="date" value={date} onChange={setDate} error={field('makeup.date')} />
          <TextField
            name="makeup.note"
            label="How it was made up"
            value={note}
            onChange={setNote}
            multiline
            error={field('makeup.note')}
          />
        </>
      )}
      <div className="actions">
        <button type="submit" className="secondary" disabled={pending}>
          Save make-up
        </button>
        {makeup && (
          <button type="button" className="secondary" disabled={pending} onClick={() => onSave(null)}>
            Remove make-up
          </button>
        )}
      </div>
    </form>
  );
}

import { useId } from 'react';
import type { WaivableTopic } from '../../api/types';
import { SelectField, TextField } from '../../components/forms';
import { labelOptions } from '../../lib/labels';
import { useProgram } from '../programs/queries';
import { TOPIC_LABELS } from './requestLabels';
import { newWaivedPl, nextTopic, topicChoices, waivedPlKey, type WaivedPlDraft, type WaivedPlPart } from './waivedPl';

interface Props {
  programId: string;
  legend: string;
  /** The topics waived, checked above. */
  topics: WaivableTopic[];
  activities: WaivedPlDraft[];
  onChange: (activities: WaivedPlDraft[]) => void;
  /** The message beside an input, by the form's key (`waived_pl`, or `waivedPlKey`'s). */
  error: (key: string) => string | undefined;
}

/**
 * The program's PL activities a doctoral waiver waives, a card each: its topic, its name, the
 * program year it falls in and its hours, which come off that year's requirement.
 */
export function WaivedPlField({ programId, legend, topics, activities, onChange, error }: Props) {
  const id = useId();
  // The server checks the year against the program's setting; a program runs two unless it says otherwise.
  const years = useProgram(programId).data?.settings.program_years ?? 2;
  const message = error('waived_pl');
  const added = nextTopic(topics, activities);
  return (
    <fieldset
      className={`field waived-pl${message ? ' has-error' : ''}`}
      aria-describedby={message ? `${id}-hint ${id}-error` : `${id}-hint`}
    >
      <legend>
        {legend}
        <span className="required" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      <p id={`${id}-hint`} className="hint">
        For each topic waived, the program’s activity it replaces, as the program names it (e.g. PL Day 2: Human Resources),
        with its program year and hours: they come off that year’s PL requirement.
      </p>
      {activities.map((a, i) => (
        <WaivedPlCard
          key={a.id}
          activity={a}
          number={i + 1}
          topics={topics}
          years={years}
          onChange={(changed) => onChange(activities.map((x) => (x.id === a.id ? changed : x)))}
          onRemove={() => onChange(activities.filter((x) => x.id !== a.id))}
          error={(part) => error(waivedPlKey(a.id, part))}
        />
      ))}
      {message && (
        <p id={`${id}-error`} className="field-error">
          {message}
        </p>
      )}
      {added ? (
        <button type="button" className="secondary" onClick={() => onChange([...activities, newWaivedPl(added)])}>
          Add activity
        </button>
      ) : (
        <p className="muted">Choose the topics waived first.</p>
      )}
    </fieldset>
  );
}

interface CardProps {
  activity: WaivedPlDraft;
  number: number;
  topics: WaivableTopic[];
  years: number;
  onChange: (activity: WaivedPlDraft) => void;
  onRemove: () => void;
  error: (part: WaivedPlPart) => string | undefined;
}

function WaivedPlCard({ activity: a, number, topics, years, onChange, onRemove, error }: CardProps) {
  const set = (change: Partial<Omit<WaivedPlDraft, 'id'>>) => onChange({ ...a, ...change });
  // The server's names for the inputs, as its messages give them.
  const name = (part: WaivedPlPart) => `waived_pl.${number - 1}.${part}`;
  const yearOptions = Array.from({ length: years }, (_, i) => ({ value: String(i + 1), label: `Year ${i + 1}` }));
  return (
    <fieldset className="card waived-pl-card">
      <legend>Waived activity {number}</legend>
      <div className="waived-pl-fields">
        <SelectField
          name={name('topic')}
          label="Topic"
          required
          value={a.topic}
          options={labelOptions(TOPIC_LABELS, topicChoices(topics, a))}
          onChange={(topic) => set({ topic: topic as WaivableTopic })}
          error={error('topic')}
        />
        <TextField
          name={name('activity')}
          label="Activity"
          required
          value={a.activity}
          onChange={(activity) => set({ activity })}
          error={error('activity')}
        />
        <SelectField
          name={name('year')}
          label="Program year"
          required
          placeholder="Choose a year"
          value={a.year}
          options={yearOptions}
          onChange={(year) => set({ year })}
          error={error('year')}
        />
        <TextField
          name={name('minutes')}
          label="Hours"
          required
          inputMode="decimal"
          value={a.hours}
          onChange={(hours) => set({ hours })}
          error={error('minutes')}
        />
      </div>
      <button type="button" className="secondary danger" onClick={onRemove}>
        Remove<span className="visually-hidden"> waived activity {number}</span>
      </button>
    </fieldset>
  );
}

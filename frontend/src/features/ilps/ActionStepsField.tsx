import { useId } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ChoiceGroup, TextField } from '../../components/forms';
import type { StepStatus } from '../../api/types';
import { STEP_FIELDS, STEP_STATUS_LABELS, type IlpFieldSpec, type StepFieldSpec } from './ilpFields';
import { addStep, changeStep, moveStep, newStep, removeStep, stepErrorKey, type StepDraft } from './ilpForm';
import type { IlpFormProps } from './ilpFormProps';

/** The handbook's action plan: one card a step, added, removed and reordered. */
export function ActionStepsField({ field, draft, edit, error }: IlpFormProps & { field: IlpFieldSpec }) {
  const id = useId();
  const message = error(field.key);
  const steps = draft.steps;
  const reorder = (update: (s: StepDraft[]) => StepDraft[]) => edit((d) => ({ ...d, steps: update(d.steps) }), ['steps']);
  return (
    <fieldset className={`field action-plan${message ? ' has-error' : ''}`} aria-describedby={message ? `${id}-error` : undefined}>
      <legend>
        {field.label}
        {field.required && (
          <span className="required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </legend>
      {field.hint && <p className="hint">{field.hint}</p>}
      {steps.length === 0 && <p className="muted">No action steps yet.</p>}
      {steps.map((step, i) => (
        <StepCard
          key={step.id}
          step={step}
          number={i + 1}
          last={i === steps.length - 1}
          edit={edit}
          error={error}
          onMove={(by) => reorder((s) => moveStep(s, step.id, by))}
          onRemove={() => reorder((s) => removeStep(s, step.id))}
        />
      ))}
      {message && (
        <p id={`${id}-error`} className="field-error">
          {message}
        </p>
      )}
      <button type="button" className="secondary" onClick={() => reorder((s) => addStep(s))}>
        Add an action step
      </button>
    </fieldset>
  );
}

interface StepProps extends Pick<IlpFormProps, 'edit' | 'error'> {
  step: StepDraft;
  number: number;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

function StepCard({ step, number, last, edit, error, onMove, onRemove }: StepProps) {
  const id = useId();
  const whole = error(stepErrorKey(step.id));
  const name = `action step ${number}`;
  const set = (change: Partial<Omit<StepDraft, 'id'>>) =>
    edit(
      (d) => ({ ...d, steps: changeStep(d.steps, step.id, change) }),
      [stepErrorKey(step.id), ...Object.keys(change).map((k) => stepErrorKey(step.id, k as StepFieldSpec['key']))],
    );
  // A step with nothing in it goes at once; one with words in it is confirmed first.
  const blank = JSON.stringify(step) === JSON.stringify(newStep(step.id));
  return (
    <fieldset className="card action-step" aria-describedby={whole ? `${id}-error` : undefined}>
      <legend>Action step {number}</legend>
      {whole && (
        <p id={`${id}-error`} className="field-error">
          {whole}
        </p>
      )}
      {STEP_FIELDS.map((f) => (
        <StepInput key={f.key} field={f} step={step} set={set} error={error(stepErrorKey(step.id, f.key))} />
      ))}
      <div className="actions">
        <button type="button" className="secondary" disabled={number === 1} onClick={() => onMove(-1)}>
          Move up <span className="visually-hidden">{name}</span>
        </button>
        <button type="button" className="secondary" disabled={last} onClick={() => onMove(1)}>
          Move down <span className="visually-hidden">{name}</span>
        </button>
        {blank ? (
          <button type="button" className="secondary danger" onClick={onRemove}>
            Remove {name}
          </button>
        ) : (
          <ConfirmButton label={`Remove ${name}…`} question={`Remove ${name} and what it says?`} confirm={`Remove ${name}`} busy={false} onConfirm={onRemove} />
        )}
      </div>
    </fieldset>
  );
}

function StepInput(props: { field: StepFieldSpec; step: StepDraft; set: (change: Partial<Omit<StepDraft, 'id'>>) => void; error?: string }) {
  const { field: f, step, set, error } = props;
  switch (f.kind) {
    case 'text':
      return (
        <TextField
          name={`steps.${step.id}.${f.key}`}
          label={f.label}
          hint={f.hint}
          multiline
          value={step[f.key]}
          onChange={(v) => set({ [f.key]: v })}
          error={error}
        />
      );
    case 'date':
      return (
        <TextField
          name={`steps.${step.id}.${f.key}`}
          label={f.label}
          hint={f.hint}
          type="date"
          value={step.due_date}
          onChange={(v) => set({ due_date: v })}
          error={error}
        />
      );
    case 'status':
      return (
        <ChoiceGroup
          name={`steps.${step.id}.${f.key}`}
          legend={f.label}
          type="radio"
          groups={[{ options: (Object.keys(STEP_STATUS_LABELS) as StepStatus[]).map((s) => ({ value: s, label: STEP_STATUS_LABELS[s] })) }]}
          values={[step.status]}
          onToggle={(v) => set({ status: v as StepStatus })}
          error={error}
        />
      );
  }
}

import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { formProblem, type FormProblem } from '../api/problem';

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const s = ids.filter(Boolean).join(' ');
  return s || undefined;
}

interface BaseFieldProps {
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

interface TextFieldProps extends BaseFieldProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'date' | 'time' | 'datetime-local' | 'number' | 'search';
  autoComplete?: string;
  inputMode?: 'decimal' | 'numeric' | 'text' | 'email';
  placeholder?: string;
  step?: string;
  min?: string;
  max?: string;
  multiline?: boolean;
}

export function TextField(props: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const { name, label, error, hint, required, disabled, value, onChange, type = 'text', multiline, ...rest } = props;
  const common = {
    id,
    name,
    value,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
    'aria-describedby': describedBy(hint !== undefined && hintId, error && errorId),
  } as const;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required" aria-hidden="true"> *</span>}
      </label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} {...rest} type={type} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

interface SelectFieldProps extends BaseFieldProps {
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  /** Adds a first, empty option with this text. */
  placeholder?: string;
}

export function SelectField(props: SelectFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const { name, label, error, hint, required, disabled, value, onChange, options, placeholder } = props;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required" aria-hidden="true"> *</span>}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(hint !== undefined && hintId, error && errorId)}
        onChange={(e) => onChange(e.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The messages that belong at the top of a form, and the reload offer on a 412. */
export function FormAlert({ problem, onReload }: { problem: FormProblem | null; onReload?: () => void }) {
  if (!problem || (problem.general.length === 0 && !problem.conflict)) return null;
  return (
    <div className="alert alert-error" role="alert">
      {problem.general.length === 1 ? (
        <p>{problem.general[0]}</p>
      ) : (
        <ul>
          {problem.general.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
      {problem.conflict && onReload && (
        <p>
          <button type="button" className="secondary" onClick={onReload}>
            Reload their changes
          </button>{' '}
          <span className="hint">What you typed stays in the form.</span>
        </p>
      )}
    </div>
  );
}

/** A form's own heading, which names the region for screen readers; edit forms sit in a card. */
export function FormSection({
  id,
  title,
  card,
  children,
}: {
  id: string;
  title: ReactNode;
  card?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={card ? 'card' : undefined} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

interface RecordFormProps {
  problem: FormProblem | null;
  onSubmit: () => void;
  submitLabel: string;
  /** While the request is out, so that a second click does not send it twice. */
  pending: boolean;
  /** Edit forms only: a 412 offers to load the other person's changes. */
  onReload?: () => void;
  /** Edit forms only: with it the buttons sit together under the fields. */
  onCancel?: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * The shell of a create or edit form: messages on top, the fields, the buttons. `noValidate`
 * because the server's messages, shown beside the fields, are the ones to read.
 */
export function RecordForm({ problem, onSubmit, submitLabel, pending, onReload, onCancel, className, children }: RecordFormProps) {
  const submit = (
    <button type="submit" disabled={pending}>
      {submitLabel}
    </button>
  );
  return (
    <form className={className} onSubmit={preventDefault(onSubmit)} noValidate>
      <FormAlert problem={problem} onReload={onReload} />
      {children}
      {onCancel ? (
        <div className="actions">
          {submit}
          <button type="button" className="secondary" onClick={onCancel}>
            Cancel
          </button>
        </div>
      ) : (
        submit
      )}
    </form>
  );
}

/** Error state of one form: what goes beside each field and what goes on top. */
export function useFormProblem(knownFields?: readonly string[]) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  return {
    problem,
    field: (name: string): string | undefined => problem?.fields[name],
    fail: (err: unknown) => setProblem(formProblem(err, knownFields)),
    /** A check done in the browser, shown like a server field error. */
    invalid: (fields: Record<string, string>) => setProblem({ fields, general: [], conflict: false }),
    clear: () => setProblem(null),
  };
}

/**
 * A form's draft of text fields: `set(key)` is a field's onChange. `onEdit` runs on every edit
 * (e.g. to take down the last "saved" notice).
 */
export function useDraft<T extends object>(initial: T | (() => T), onEdit?: () => void) {
  const [draft, setDraft] = useState<T>(initial);
  // Fields hand back text; a select's options are the field's own values.
  const set = (key: keyof T) => (value: string) => {
    onEdit?.();
    setDraft((d) => ({ ...d, [key]: value }));
  };
  return { draft, setDraft, set };
}

export interface ChoiceOption {
  value: string;
  label: ReactNode;
}

interface ChoiceGroupProps {
  name: string;
  legend: string;
  type: 'radio' | 'checkbox';
  /** Options in groups; a group with a label is a nested fieldset (e.g. "System of support"). */
  groups: { label?: string; options: ChoiceOption[] }[];
  /** The chosen values (one at most for radios). */
  values: string[];
  onToggle: (value: string, on: boolean) => void;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
}

/** Radio buttons or checkboxes under one legend; the error is announced with every input. */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const { name, legend, type, groups, values, onToggle, error, hint, required, disabled } = props;
  const described = describedBy(hint !== undefined && hintId, error && errorId);
  const inputs = (options: ChoiceOption[]) =>
    options.map((o) => (
      <label key={o.value} className="checkbox">
        <input
          type={type}
          name={name}
          value={o.value}
          checked={values.includes(o.value)}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onChange={(e) => onToggle(o.value, e.target.checked)}
        />
        <span>{o.label}</span>
      </label>
    ));
  return (
    <fieldset className={`field choices${error ? ' has-error' : ''}`} aria-describedby={described}>
      <legend>
        {legend}
        {required && <span className="required" aria-hidden="true"> *</span>}
      </legend>
      {groups.map((g, i) =>
        g.label ? (
          <fieldset key={g.label} className="choice-group">
            <legend>{g.label}</legend>
            {inputs(g.options)}
          </fieldset>
        ) : (
          <div key={i} className="choice-group">
            {inputs(g.options)}
          </div>
        ),
      )}
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

interface DurationFieldProps {
  name: string;
  legend: string;
  hours: string;
  minutes: string;
  onChange: (hours: string, minutes: string) => void;
  error?: string;
  required?: boolean;
  disabled?: boolean;
}

/** A duration as two whole numbers, hours and minutes, as the handbook's log asks for it. */
export function DurationField({ name, legend, hours, minutes, onChange, error, required, disabled }: DurationFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const common = {
    type: 'number',
    inputMode: 'numeric',
    min: 0,
    step: 1,
    disabled,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
  } as const;
  return (
    <fieldset className={`field duration${error ? ' has-error' : ''}`}>
      <legend>
        {legend}
        {required && <span className="required" aria-hidden="true"> *</span>}
      </legend>
      <div className="duration-inputs">
        <label htmlFor={`${id}-h`}>Hours</label>
        <input {...common} id={`${id}-h`} name={`${name}_hours`} value={hours} max={12} onChange={(e) => onChange(e.target.value, minutes)} />
        <label htmlFor={`${id}-m`}>Minutes</label>
        <input {...common} id={`${id}-m`} name={`${name}_minutes`} value={minutes} max={59} onChange={(e) => onChange(hours, e.target.value)} />
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** One checkbox with its label to the right. */
export function CheckboxField({
  name,
  label,
  checked,
  onChange,
  error,
  disabled,
}: {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
  disabled?: boolean;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          name={name}
          checked={checked}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />
        <span>{label}</span>
      </label>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function preventDefault(handler: () => void) {
  return (e: FormEvent) => {
    e.preventDefault();
    handler();
  };
}

/** Turns "" into null for optional fields. */
export function orNull(s: string): string | null {
  const t = s.trim();
  return t ? t : null;
}

/** A card of several inputs under one legend, with one error announced for the group. */
export function CardFieldset({ legend, error, children }: { legend: string; error?: string; children: ReactNode }) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset className="card" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {children}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

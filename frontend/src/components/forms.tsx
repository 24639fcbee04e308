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
  type?: 'text' | 'email' | 'password' | 'date' | 'number' | 'search';
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

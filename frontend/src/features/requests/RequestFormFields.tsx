import type { RequestKind } from '../../api/types';
import { ChoiceGroup, SelectField, TextField } from '../../components/forms';
import { labelOptions } from '../../lib/labels';
import { REQUEST_FIELDS, type RequestField } from './requestFields';
import { textOf, valuesOf, type RequestDraft } from './requestForm';

interface Props {
  kind: RequestKind;
  draft: RequestDraft;
  onChange: (key: string, value: string | string[]) => void;
  field: (name: string) => string | undefined;
  disabled?: boolean;
}

/** The questions of the kind's handbook form, each with the server's message beside it. */
export function RequestFormFields({ kind, draft, onChange, field, disabled }: Props) {
  return (
    <>
      {REQUEST_FIELDS[kind].map((f) => (
        <Question key={f.key} f={f} draft={draft} onChange={onChange} error={field(f.key)} disabled={disabled} />
      ))}
    </>
  );
}

interface QuestionProps {
  f: RequestField;
  draft: RequestDraft;
  onChange: Props['onChange'];
  error?: string;
  disabled?: boolean;
}

function Question({ f, draft, onChange, error, disabled }: QuestionProps) {
  const common = { name: f.key, label: f.label, hint: f.hint, required: f.required, error, disabled };
  switch (f.type) {
    case 'choice':
      return (
        <SelectField
          {...common}
          value={textOf(draft, f.key)}
          onChange={(v) => onChange(f.key, v)}
          options={labelOptions(f.choices ?? {})}
          placeholder="Choose one"
        />
      );
    case 'choices': {
      const values = valuesOf(draft, f.key);
      return (
        <ChoiceGroup
          name={f.key}
          legend={f.label}
          type="checkbox"
          hint={f.hint}
          required={f.required}
          error={error}
          disabled={disabled}
          groups={[{ options: labelOptions(f.choices ?? {}) }]}
          values={values}
          // Kept in the form's order, whatever order they were checked in.
          onToggle={(v, on) => {
            const next = on ? [...values, v] : values.filter((x) => x !== v);
            onChange(f.key, Object.keys(f.choices ?? {}).filter((k) => next.includes(k)));
          }}
        />
      );
    }
    default:
      return (
        <TextField
          {...common}
          type={f.type === 'date' ? 'date' : 'text'}
          multiline={f.type === 'text'}
          value={textOf(draft, f.key)}
          onChange={(v) => onChange(f.key, v)}
        />
      );
  }
}

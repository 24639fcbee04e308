import type { ExperienceForm, ExperienceKind } from '../../api/types';
import { ChoiceGroup, TextField } from '../../components/forms';
import { EXPERIENCE_FIELDS, experienceFieldAnchor, type ExperienceFieldSpec } from './experienceFields';
import { setAnswer, type ExperienceDraft } from './experienceForm';

export interface ExperienceFormProps {
  kind: ExperienceKind;
  draft: ExperienceDraft;
  /** Changes the form; `touched` are the keys of the messages the change answers. */
  edit: (update: (d: ExperienceDraft) => ExperienceDraft, touched: string[]) => void;
  error: (key: string) => string | undefined;
}

type TextKey = Exclude<keyof ExperienceForm, 'would_recommend'>;

/** The kind's form, its inputs in the handbook's order with its questions as labels. */
export function ExperienceFormFields(props: ExperienceFormProps) {
  return (
    <div className="experience-fields">
      {EXPERIENCE_FIELDS[props.kind].map((f) => (
        <div key={f.key} id={experienceFieldAnchor(f.key)} className={`span-${f.span}`}>
          <FieldInput field={f} {...props} />
        </div>
      ))}
    </div>
  );
}

function FieldInput({ field: f, draft, edit, error }: ExperienceFormProps & { field: ExperienceFieldSpec }) {
  const common = { name: f.key, label: f.label, hint: f.hint, required: f.required, error: error(f.key) };
  switch (f.input) {
    case 'date':
      return (
        <TextField
          {...common}
          type="date"
          value={draft.activity_date}
          onChange={(activity_date) => edit((d) => ({ ...d, activity_date }), ['activity_date'])}
        />
      );
    case 'hours':
      return (
        <TextField {...common} inputMode="decimal" value={draft.hours} onChange={(hours) => edit((d) => ({ ...d, hours }), ['minutes'])} />
      );
    case 'yes-no': {
      const v = draft.form.would_recommend;
      return (
        <ChoiceGroup
          name={f.key}
          legend={f.label}
          type="radio"
          required={f.required}
          groups={[{ options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] }]}
          values={v === null ? [] : [v ? 'yes' : 'no']}
          onToggle={(value) => edit((d) => setAnswer(d, 'would_recommend', value === 'yes'), ['would_recommend'])}
          error={error(f.key)}
        />
      );
    }
    default: {
      const key = f.key as TextKey;
      return (
        <TextField
          {...common}
          multiline={f.input === 'multiline'}
          value={draft.form[key]}
          onChange={(value) => edit((d) => setAnswer(d, key, value), [key])}
        />
      );
    }
  }
}

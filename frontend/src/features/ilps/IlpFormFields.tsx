import { ChoiceGroup, SelectField, TextField } from '../../components/forms';
import { toggle } from '../../lib/lists';
import { useEnrollment } from '../enrollments/queries';
import { useStandards } from '../standards/queries';
import { StandardsField } from '../standards/StandardsField';
import { ActionStepsField } from './ActionStepsField';
import { ILP_FIELDS, standardName, type IlpFieldSpec } from './ilpFields';
import { chooseStandards, type IlpDraft } from './ilpForm';
import type { IlpFormProps } from './ilpFormProps';

/** The ILP's inputs, in the order and with the labels of `ILP_FIELDS`. */
export function IlpFormFields({ enrollmentId, ...props }: IlpFormProps & { enrollmentId: string }) {
  return ILP_FIELDS.map((f) => <IlpFieldInput key={f.key} field={f} enrollmentId={enrollmentId} {...props} />);
}

function IlpFieldInput({ field: f, draft, edit, error, enrollmentId }: IlpFormProps & { field: IlpFieldSpec; enrollmentId: string }) {
  const set = <K extends keyof IlpDraft>(key: K, value: IlpDraft[K]) => edit((d) => ({ ...d, [key]: value }), [key]);
  switch (f.kind) {
    case 'year':
      return <YearField field={f} enrollmentId={enrollmentId} value={draft.program_year} onChange={(v) => set('program_year', v)} error={error(f.key)} />;
    case 'date':
      return (
        <TextField
          name={f.key}
          label={f.label}
          hint={f.hint}
          type="date"
          value={draft.date_created}
          onChange={(v) => set('date_created', v)}
          error={error(f.key)}
        />
      );
    case 'standards':
      return (
        <StandardsField
          name={f.key}
          legend={f.label}
          values={draft.standards}
          onChange={(v) => edit((d) => chooseStandards(d, v), ['standards', 'elements'])}
          error={error(f.key)}
          hint={f.hint}
          required={f.required}
        />
      );
    case 'elements':
      return <ElementsField field={f} draft={draft} onChange={(v) => set('elements', v)} error={error(f.key)} />;
    case 'text':
      return (
        <TextField
          name={f.key}
          label={f.label}
          hint={f.hint}
          multiline
          value={draft[f.key]}
          onChange={(v) => set(f.key, v)}
          error={error(f.key)}
          required={f.required}
        />
      );
    case 'steps':
      return <ActionStepsField field={f} draft={draft} edit={edit} error={error} />;
    case 'yes-no':
      return (
        <ChoiceGroup
          name={f.key}
          legend={f.label}
          type="radio"
          groups={[{ options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] }]}
          values={draft.pl_helped === null ? [] : [draft.pl_helped ? 'yes' : 'no']}
          onToggle={(v) => set('pl_helped', v === 'yes')}
          error={error(f.key)}
        />
      );
  }
}

/** The program years a plan may belong to: the first two, and any the candidate has reached. */
function YearField(props: { field: IlpFieldSpec; enrollmentId: string; value: number; onChange: (v: number) => void; error?: string }) {
  const { field, enrollmentId, value, onChange, error } = props;
  const current = useEnrollment(enrollmentId).data?.program_year ?? 1;
  const years = Array.from({ length: Math.max(2, current, value) }, (_, i) => i + 1);
  return (
    <SelectField
      name={field.key}
      label={field.label}
      value={String(value)}
      onChange={(v) => onChange(Number(v))}
      options={years.map((y) => ({ value: String(y), label: `Year ${y}` }))}
      error={error}
    />
  );
}

/** The elements of the chosen standards, under each standard's title. */
function ElementsField(props: { field: IlpFieldSpec; draft: IlpDraft; onChange: (v: string[]) => void; error?: string }) {
  const { field, draft, onChange, error } = props;
  const standards = useStandards().data ?? [];
  const chosen = standards.filter((s) => draft.standards.includes(s.number));
  const order = standards.flatMap((s) => s.elements.map((e) => e.code));
  return (
    <ChoiceGroup
      name={field.key}
      legend={field.label}
      type="checkbox"
      groups={chosen.map((s) => ({
        label: standardName(s.number, standards),
        options: s.elements.map((e) => ({ value: e.code, label: `${e.code} ${e.title}` })),
      }))}
      values={draft.elements}
      onToggle={(v, on) => onChange(toggle(draft.elements, v, on, order))}
      hint={chosen.length ? field.hint : 'Choose a standard first; its elements are listed here.'}
      error={error}
    />
  );
}

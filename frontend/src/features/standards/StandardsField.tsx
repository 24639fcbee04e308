import { ChoiceGroup } from '../../components/forms';
import { ErrorBox } from '../../components/ui';
import { toggle } from '../../lib/lists';
import { useStandards } from './queries';

interface Props {
  name: string;
  legend: string;
  /** The chosen standards' numbers, in the standards' order. */
  values: number[];
  onChange: (values: number[]) => void;
  error?: string;
  hint?: string;
  required?: boolean;
}

/** The six CPSEL standards as checkboxes with their titles, as the handbook's forms list them. */
export function StandardsField({ name, legend, values, onChange, error, hint, required }: Props) {
  const standards = useStandards();
  const list = standards.data ?? [];
  const order = list.map((s) => s.number);
  return (
    <div>
      <ChoiceGroup
        name={name}
        legend={legend}
        type="checkbox"
        groups={[{ options: list.map((s) => ({ value: String(s.number), label: `${s.number} — ${s.title}` })) }]}
        values={values.map(String)}
        onToggle={(v, on) => onChange(toggle(values, Number(v), on, order))}
        hint={standards.isPending ? 'Loading the standards…' : hint}
        error={error}
        required={required}
      />
      {standards.error ? <ErrorBox error={standards.error} onRetry={() => void standards.refetch()} /> : null}
    </div>
  );
}

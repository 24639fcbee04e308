import { SelectField } from '../../components/forms';
import { useMembers } from '../programs/queries';

interface Props {
  programId: string;
  /** Who may not be chosen: the candidate (a coach may not coach themselves), their current coach. */
  exclude: string[];
  name: string;
  label: string;
  value: string;
  onChange: (coachId: string) => void;
  error?: string;
  required?: boolean;
  disabled?: boolean;
}

/** The program's coaches to choose from, by name and email, as a coordinator assigns one. */
export function CoachSelect({ programId, exclude, name, label, value, onChange, error, required, disabled }: Props) {
  const coaches = useMembers(programId, 'coach');
  const options = (coaches.data ?? [])
    .filter((m) => !exclude.includes(m.user.id))
    .map((m) => ({ value: m.user.id, label: `${m.user.display_name} (${m.user.email})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <SelectField
      name={name}
      label={label}
      value={value}
      onChange={onChange}
      placeholder={coaches.isPending ? 'Loading coaches…' : 'Choose a coach'}
      options={options}
      hint={options.length === 0 && !coaches.isPending ? 'No other account holds the coach role in this program.' : undefined}
      error={error}
      required={required}
      disabled={disabled}
    />
  );
}

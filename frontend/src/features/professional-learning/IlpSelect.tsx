import { SelectField } from '../../components/forms';
import { ILP_STATUS_LABELS, ilpTitle } from '../ilps/ilpFields';
import { useEnrollmentIlps } from '../ilps/queries';

interface Props {
  enrollmentId: string;
  label: string;
  value: string;
  onChange: (ilpId: string) => void;
  error?: string;
  disabled?: boolean;
}

/** The candidate's ILPs to relate a PL to, each by its focus, year and status; "none" is a choice. */
export function IlpSelect({ enrollmentId, label, value, onChange, error, disabled }: Props) {
  const ilps = useEnrollmentIlps(enrollmentId);
  const options = (ilps.data ?? []).map((ilp) => ({
    value: ilp.id,
    label: `${ilpTitle(ilp)} (year ${ilp.program_year}, ${ILP_STATUS_LABELS[ilp.status].toLowerCase()})`,
  }));
  // A plan no longer listed (discarded) still shows as chosen.
  if (value && !options.some((o) => o.value === value)) options.push({ value, label: 'An ILP no longer listed' });
  return (
    <SelectField
      name="ilp_id"
      label={label}
      value={value}
      onChange={onChange}
      options={options}
      placeholder={ilps.isPending ? 'Loading the ILPs…' : 'None'}
      hint={ilps.data && ilps.data.length === 0 ? 'No ILPs yet.' : undefined}
      error={error ?? (ilps.error ? 'The ILPs could not be loaded.' : undefined)}
      disabled={disabled}
    />
  );
}

import { SelectField } from '../../components/forms';
import { formatDate } from '../../lib/labels';
import { useEnrollmentLogs } from '../coaching-logs/queries';

/** Attach the document to one of the candidate's coaching logs (their latest hundred). */
export function CoachingLogSelect({
  enrollmentId,
  value,
  onChange,
  error,
  disabled,
}: {
  enrollmentId: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  disabled?: boolean;
}) {
  const logs = useEnrollmentLogs(enrollmentId, 1, 100);
  const options = (logs.data?.items ?? []).map((l) => ({
    value: l.id,
    label: `${formatDate(l.meeting_date)} · ${l.coach.display_name}`,
  }));
  return (
    <SelectField
      name="coaching_log_id"
      label="Coaching log"
      value={value}
      onChange={onChange}
      options={options}
      placeholder={logs.isPending ? 'Loading the coaching logs…' : 'Not attached to a log'}
      hint={logs.error ? 'The coaching logs could not be loaded.' : 'Optional: the log this document belongs with.'}
      error={error}
      disabled={disabled}
    />
  );
}

import type { Enrollment } from '../../api/types';
import { formatDate } from '../../lib/labels';

/**
 * Where the candidate is in the program, as terms of a facts list: this year, how many there
 * are (one more for each approved extension), when the last ends, and a withdrawal's last day.
 */
export function ProgramYearsFacts({ enrollment: e }: { enrollment: Enrollment }) {
  return (
    <>
      <dt>Program year</dt>
      <dd>{e.program_year ? `Year ${e.program_year}` : '—'}</dd>
      <dt>Program years</dt>
      <dd>{e.program_years}</dd>
      <dt>Program ends on</dt>
      <dd>{formatDate(e.program_ends_on)}</dd>
      {e.withdrawn_on && (
        <>
          <dt>Withdrawn on</dt>
          <dd>{formatDate(e.withdrawn_on)}</dd>
        </>
      )}
    </>
  );
}

import type { PlLedger } from '../../api/types';
import { MinutesProgress } from '../hours/HoursProgress';
import { progressNote, yearTitle } from './plHours';

/**
 * Each program year's PL hours and the whole program's, counted against what is required (less
 * what a doctoral waiver waived, said beside it), as progress bars.
 */
export function PlProgress({ ledger, years = 'all' }: { ledger: PlLedger; years?: 'all' | 'current' }) {
  const shown = years === 'current' ? ledger.years.filter((y) => y.year === ledger.current_year) : ledger.years;
  return (
    <div className="progress-list">
      {shown.map((y) => (
        <MinutesProgress
          key={y.year}
          label={yearTitle(y, ledger.current_year)}
          minutes={y.counted_minutes}
          required={y.required_minutes}
          note={progressNote(y)}
        />
      ))}
      <MinutesProgress
        label="Whole program"
        minutes={ledger.counted_minutes}
        required={ledger.total_required_minutes}
        note={progressNote(ledger)}
      />
    </div>
  );
}

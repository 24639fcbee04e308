import type { PlLedger } from '../../api/types';
import { formatMinutes } from '../../lib/units';
import { MinutesProgress } from '../hours/HoursProgress';
import { yearTitle } from './plHours';

/** Each program year's PL hours and the whole program's, counted against what is required, as progress bars. */
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
          note={y.pending_minutes > 0 ? `${formatMinutes(y.pending_minutes)} waiting for approval` : undefined}
        />
      ))}
      <MinutesProgress
        label="Whole program"
        minutes={ledger.counted_minutes}
        required={ledger.total_required_minutes}
        note={ledger.pending_minutes > 0 ? `${formatMinutes(ledger.pending_minutes)} waiting for approval` : undefined}
      />
    </div>
  );
}

import type { PlLedger } from '../../api/types';
import { formatMinutes } from '../../lib/units';
import { waivedPlText } from '../requests/waivedPl';

/** The program's PL activities an approved doctoral waiver waived: why the requirement is lower. */
export function PlWaived({ ledger }: { ledger: PlLedger }) {
  if (ledger.waived.length === 0) return null;
  return (
    <section aria-labelledby="pl-waived">
      <h2 id="pl-waived">Waived by the doctoral waiver</h2>
      <p className="muted">
        The doctoral coursework covers these activities’ topics: {formatMinutes(ledger.waived_minutes)} come off the
        requirement, each activity’s hours off its program year.
      </p>
      <ul className="pl-waived-list">
        {ledger.waived.map((w, i) => (
          <li key={i}>{waivedPlText(w)}</li>
        ))}
      </ul>
    </section>
  );
}

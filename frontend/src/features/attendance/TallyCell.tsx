import type { Tally } from '../../api/types';
import { madeUpText, tallyShort } from './meetingCounts';

/** A table's cell for a requirement: "2 of 3", with the absences made up under it; "—" without one. */
export function TallyCell({ tally }: { tally: Tally | null | undefined }) {
  if (!tally) return <td className="muted">—</td>;
  const madeUp = madeUpText(tally);
  return (
    <td>
      {tallyShort(tally)}
      {madeUp && <div className="muted">{madeUp}</div>}
    </td>
  );
}

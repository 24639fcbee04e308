import type { PlLine } from '../../api/types';
import { formatDate } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';
import { PL_SOURCE_LABELS } from './plLabels';

/** The amounts behind the hours: a row each, with where it comes from and whether it counts yet. */
export function PlLines({ lines, caption }: { lines: PlLine[]; caption: string }) {
  if (lines.length === 0) return <p className="muted">No professional learning recorded in this year yet.</p>;
  return (
    <div className="table-wrap">
      <table className="pl-lines">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Professional learning</th>
            <th scope="col">From</th>
            <th scope="col" className="num">
              Hours
            </th>
            <th scope="col">Counted</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => (
            <tr key={`${l.source}-${l.record_id}-${l.on}`} className={l.pending ? 'pending' : undefined}>
              <td>{formatDate(l.on)}</td>
              <th scope="row">{l.title}</th>
              <td>{PL_SOURCE_LABELS[l.source] ?? l.source}</td>
              <td className="num">{formatMinutes(l.minutes)}</td>
              <td>{l.pending ? <span className="warn">Waiting for approval</span> : 'Counted'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import type { AttendanceSheet, ProgramEvent } from '../../api/types';
import { SheetRow } from './SheetRow';

/** The sign-in sheet: a row per person with a place, on the waitlist, or marked (walk-ins last). */
export function SheetTable({ event, sheet }: { event: ProgramEvent; sheet: AttendanceSheet }) {
  if (sheet.lines.length === 0) return <p>Nobody is registered or marked yet.</p>;
  return (
    <div className="table-wrap">
      <table className="attendance-sheet">
        <caption className="visually-hidden">Sign-in sheet</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Registration</th>
            <th scope="col">Attendance</th>
            <th scope="col">Note</th>
            <th scope="col">
              <span className="visually-hidden">Make-up and history</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sheet.lines.map((line) => (
            <SheetRow key={line.person.id} line={line} event={event} canMark={sheet.can.mark} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

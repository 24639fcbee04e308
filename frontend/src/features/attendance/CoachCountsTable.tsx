import type { CoachLine } from '../../api/types';
import { schoolYearLabel } from './meetingCounts';
import { TallyCell } from './TallyCell';

/** A row per coach: coach meetings in each school year, and the new coaches' 2-day training. */
export function CoachCountsTable({ coaches }: { coaches: CoachLine[] }) {
  const schoolYears = [...new Set(coaches.flatMap((c) => c.counts.years.map((y) => y.school_year)))].sort();
  return (
    <div className="table-wrap">
      <table className="meeting-table">
        <caption className="visually-hidden">Coach meetings per coach and school year</caption>
        <thead>
          <tr>
            <th scope="col">Coach</th>
            {schoolYears.map((y) => (
              <th scope="col" key={y}>
                Coach meetings {schoolYearLabel(y)}
              </th>
            ))}
            <th scope="col">2-day training</th>
          </tr>
        </thead>
        <tbody>
          {coaches.map((c) => (
            <tr key={c.coach.id}>
              <th scope="row">{c.coach.display_name}</th>
              {schoolYears.map((n) => (
                <TallyCell key={n} tally={c.counts.years.find((y) => y.school_year === n)?.coach_meetings} />
              ))}
              <td>{c.counts.training.met ? <span className="met">Done</span> : 'Not yet'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { Link } from 'react-router';
import type { CandidateLine } from '../../api/types';
import { TallyCell } from './TallyCell';

/** A row per candidate: orientation, each program year's cohort and end-of-year meetings, the total. */
export function CandidateCountsTable({ candidates }: { candidates: CandidateLine[] }) {
  const years = Array.from({ length: Math.max(0, ...candidates.map((c) => c.counts.years.length)) }, (_, i) => i + 1);
  return (
    <div className="table-wrap">
      <table className="meeting-table">
        <caption className="visually-hidden">Meetings per candidate and program year</caption>
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            <th scope="col">Cohort</th>
            <th scope="col">District</th>
            <th scope="col">Orientation</th>
            {years.flatMap((y) => [
              <th scope="col" key={`cohort-${y}`}>
                Year {y} cohort meetings
              </th>,
              <th scope="col" key={`end-${y}`}>
                Year {y} end-of-year
              </th>,
            ])}
            <th scope="col">Cohort meetings, total</th>
            <th scope="col">All meetings</th>
          </tr>
        </thead>
        <tbody>
          {candidates.length === 0 && (
            <tr>
              <td colSpan={6 + years.length * 2}>No candidates match.</td>
            </tr>
          )}
          {candidates.map((c) => {
            const year = (n: number) => c.counts.years.find((y) => y.year === n);
            return (
              <tr key={c.enrollment_id}>
                <th scope="row">
                  <Link to={`/enrollments/${c.enrollment_id}`}>{c.candidate.display_name}</Link>
                </th>
                <td>{c.cohort_label}</td>
                <td>{c.district_name}</td>
                <TallyCell tally={year(1)?.orientation} />
                {years.flatMap((n) => [
                  <TallyCell key={`cohort-${n}`} tally={year(n)?.cohort_meetings} />,
                  <TallyCell key={`end-${n}`} tally={year(n)?.end_of_year} />,
                ])}
                <TallyCell tally={c.counts.cohort_meetings_total} />
                <td>{c.counts.met ? <span className="met">Met</span> : 'Not yet'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

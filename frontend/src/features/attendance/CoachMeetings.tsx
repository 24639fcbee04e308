import { Fragment } from 'react';
import { Link } from 'react-router';
import type { CoachMeetings as CoachMeetingsData, MeetingCountsTable } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import './attendance.css';
import { MarksList } from './MarksList';
import { programYearOn, schoolYearLabel, schoolYearOn } from './meetingCounts';
import { useCoachMeetings, useProgramMeetings } from './queries';
import { TallyCell } from './TallyCell';
import { TallyText } from './TallyText';

/** The coach's home: their own coach meetings and 2-day training, and their candidates' cohort meetings. */
export function CoachMeetings({ programId }: { programId: string }) {
  const { me } = useApp();
  const mine = useCoachMeetings(programId, me.user.id);
  // For a coach, the program's table holds their current candidates only.
  const table = useProgramMeetings(programId, {});
  return (
    <section aria-labelledby="coach-meetings">
      <h2 id="coach-meetings">Meetings</h2>
      <QueryView query={mine} what="Loading your meetings">
        {(m) => <OwnCounts meetings={m} />}
      </QueryView>
      <h3>Your candidates’ cohort meetings</h3>
      <QueryView query={table} what="Loading your candidates’ meetings">
        {(t) => <CandidatesCohortMeetings table={t} />}
      </QueryView>
    </section>
  );
}

function OwnCounts({ meetings: m }: { meetings: CoachMeetingsData }) {
  const current = schoolYearOn(m.counts.years, m.as_of);
  const training = m.counts.training;
  return (
    <>
      <dl className="facts">
        {m.counts.years.map((y) => (
          <Fragment key={y.school_year}>
            <dt>
              Coach meetings, {schoolYearLabel(y.school_year)}
              {y === current && ' (this school year)'}
            </dt>
            <dd>
              <TallyText tally={y.coach_meetings} />
            </dd>
          </Fragment>
        ))}
        <dt>New coaches’ 2-day training</dt>
        <dd>{training.met ? <span className="met">Done</span> : `Not yet (${training.offered} offered)`}</dd>
      </dl>
      <details className="meeting-marks">
        <summary>Your attendance marks ({m.marks.length})</summary>
        <MarksList marks={m.marks} />
      </details>
    </>
  );
}

function CandidatesCohortMeetings({ table }: { table: MeetingCountsTable }) {
  if (table.candidates.length === 0) return <p>You have no current candidates.</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Cohort meetings of the candidates you coach</caption>
        <thead>
          <tr>
            <th scope="col">Candidate</th>
            <th scope="col">Cohort</th>
            <th scope="col">Year</th>
            <th scope="col">Cohort meetings this year</th>
            <th scope="col">Cohort meetings over the program</th>
            <th scope="col">All meetings</th>
          </tr>
        </thead>
        <tbody>
          {table.candidates.map((c) => {
            const year = programYearOn(c.counts, table.as_of);
            return (
              <tr key={c.enrollment_id}>
                <th scope="row">
                  <Link to={`/enrollments/${c.enrollment_id}`}>{c.candidate.display_name}</Link>
                </th>
                <td>{c.cohort_label}</td>
                <td>{year?.year ?? '—'}</td>
                <TallyCell tally={year?.cohort_meetings} />
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

import { useId } from 'react';
import type { CandidateYear, EnrollmentMeetings } from '../../api/types';
import { QueryView } from '../../components/ui';
import { formatDate } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';
import './attendance.css';
import { MarksList } from './MarksList';
import { programYearOn } from './meetingCounts';
import { useEnrollmentMeetings } from './queries';
import { TallyText } from './TallyText';

/**
 * A candidate's meetings: each program year's orientation (year 1), cohort meetings, end-of-year
 * meeting and PL event hours; the cohort meetings over the program; and the marks behind them.
 */
export function CandidateMeetings({ enrollmentId }: { enrollmentId: string }) {
  const query = useEnrollmentMeetings(enrollmentId);
  return <QueryView query={query} what="Loading the meetings">{(m) => <MeetingsView meetings={m} />}</QueryView>;
}

function MeetingsView({ meetings: m }: { meetings: EnrollmentMeetings }) {
  const current = programYearOn(m.counts, m.as_of);
  return (
    <div className="meetings">
      <div className="meeting-years">
        {m.counts.years.map((y) => (
          <YearCounts key={y.year} year={y} current={y === current} />
        ))}
      </div>
      <p>
        <strong>Cohort meetings over the program:</strong> <TallyText tally={m.counts.cohort_meetings_total} />
      </p>
      {m.counts.met && <p className="met">Every meeting requirement is met.</p>}
      <details className="meeting-marks">
        <summary>Attendance marks ({m.marks.length})</summary>
        <MarksList marks={m.marks} />
      </details>
    </div>
  );
}

function YearCounts({ year: y, current }: { year: CandidateYear; current: boolean }) {
  const titleId = useId();
  return (
    <section className="card meeting-year" aria-labelledby={titleId}>
      <p id={titleId} className="meeting-year-title">
        <strong>Program year {y.year}</strong>
        {current && ' (this year)'}{' '}
        <span className="muted">
          · {formatDate(y.starts_on)} – {formatDate(y.ends_on)}
        </span>
      </p>
      <dl className="facts">
        {y.orientation && (
          <>
            <dt>Orientation</dt>
            <dd>
              <TallyText tally={y.orientation} />
            </dd>
          </>
        )}
        <dt>Cohort meetings</dt>
        <dd>
          <TallyText tally={y.cohort_meetings} />
        </dd>
        <dt>End-of-year meeting</dt>
        <dd>
          <TallyText tally={y.end_of_year} />
        </dd>
        <dt>PL event hours</dt>
        <dd>{formatMinutes(y.pl_event_minutes)}</dd>
      </dl>
    </section>
  );
}

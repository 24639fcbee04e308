import { type ReactNode, useId } from 'react';
import type { Enrollment, EnrollmentMeetings, Experience, Ledger, PlHours, TermStatus } from '../../api/types';
import { formatDate } from '../../lib/labels';
import { formatMinutes } from '../../lib/units';
import { tallyText } from '../attendance/meetingCounts';
import { useEnrollmentMeetings } from '../attendance/queries';
import { monthLabel, shownMonths } from '../hours/ledger';
import { useLedger } from '../hours/queries';
import { EXPERIENCE_STATUS_LABELS, experienceTitle } from '../job-shadows/experienceFields';
import { useExperiences } from '../job-shadows/queries';
import { PL_SOURCE_LABELS } from '../professional-learning/plLabels';
import { usePlHours } from '../professional-learning/queries';
import { useReflectionTerms } from '../reflections/queries';
import { TERM_LABELS, TERM_STATUS_LABELS } from '../reflections/ratingScale';
import { cohortMeetingsOf, dayOf, meetingDateText, sheetHeader } from './calibration';
import { PartView } from './PartView';
import './portfolio.css';

/**
 * The handbook's Portfolio Calibration sheet of a candidate: its header, then each part from its
 * own ledger, loaded on its own. A part the reader may not read says so in its place.
 */
export function CalibrationSheet({ enrollment: e }: { enrollment: Enrollment }) {
  const header = sheetHeader(e);
  return (
    <>
      <dl className="facts calibration-header">
        <dt>Candidate</dt>
        <dd>{e.candidate.display_name}</dd>
        <dt>Beginning Year</dt>
        <dd>{header.beginning}</dd>
        <dt>Cohort</dt>
        <dd>{header.cohort}</dd>
        <dt>Ending Year</dt>
        <dd>{header.ending}</dd>
        <dt>Coach</dt>
        <dd>{e.current_coach?.display_name ?? 'No coach assigned'}</dd>
      </dl>
      <CohortMeetingsPart enrollmentId={e.id} />
      <ProfessionalLearningPart enrollmentId={e.id} />
      <JobShadowPart enrollmentId={e.id} readable={e.can.read_records} />
      <CoachingLogsPart enrollmentId={e.id} />
      <ReflectionsPart enrollmentId={e.id} />
    </>
  );
}

function Part({ title, note, children }: { title: string; note?: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="card calibration-part" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {note && <p className="muted">{note}</p>}
      {children}
    </section>
  );
}

function CohortMeetingsPart({ enrollmentId }: { enrollmentId: string }) {
  const query = useEnrollmentMeetings(enrollmentId);
  return (
    <Part title="Candidate Cohort Meetings" note="The cohort meetings of each program year, with the dates attended.">
      <PartView query={query} what="Loading the cohort meetings">
        {(m) => <CohortMeetings meetings={m} />}
      </PartView>
    </Part>
  );
}

function CohortMeetings({ meetings }: { meetings: EnrollmentMeetings }) {
  if (meetings.counts.years.length === 0) return <p>No program year yet.</p>;
  return (
    <div className="table-wrap">
      <table className="calibration-table">
        <caption className="visually-hidden">Candidate cohort meetings by program year</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Dates</th>
            <th scope="col">Attended</th>
          </tr>
        </thead>
        <tbody>
          {meetings.counts.years.map((y) => {
            const marks = cohortMeetingsOf(meetings, y);
            return (
              <tr key={y.year}>
                <th scope="row" className="calibration-year-cell">
                  Year {y.year}
                </th>
                <td>
                  {marks.length === 0 ? (
                    <span className="muted">None marked yet</span>
                  ) : (
                    <ul className="calibration-dates">
                      {marks.map((m) => (
                        <li key={m.attendance_id}>{meetingDateText(m)}</li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>{tallyText(y.cohort_meetings)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function ProfessionalLearningPart({ enrollmentId }: { enrollmentId: string }) {
  const query = usePlHours(enrollmentId);
  return (
    <Part title="Professional Learning">
      <PartView query={query} what="Loading the professional learning">
        {(h) => <ProfessionalLearning hours={h} />}
      </PartView>
    </Part>
  );
}

function ProfessionalLearning({ hours }: { hours: PlHours }) {
  const { ledger } = hours;
  const lines = [...hours.lines].sort((a, b) => a.on.localeCompare(b.on));
  return (
    <>
      <p className="muted">
        {formatMinutes(ledger.yearly_required_minutes)} of professional learning a program year,{' '}
        {formatMinutes(ledger.total_required_minutes)} in total.
      </p>
      {lines.length === 0 ? (
        <p>No professional learning recorded yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="calibration-table">
            <caption className="visually-hidden">Professional learning dates and topics</caption>
            <thead>
              <tr>
                <th scope="col">Date(s)</th>
                <th scope="col">Topic</th>
                <th scope="col" className="num">
                  Hours
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr key={`${l.source}-${l.record_id}-${l.on}`}>
                  <td>{formatDate(l.on)}</td>
                  <th scope="row">
                    {l.title}
                    <span className="calibration-sub">
                      {PL_SOURCE_LABELS[l.source] ?? l.source}
                      {l.pending && ' · waiting for approval'}
                    </span>
                  </th>
                  <td className="num">{formatMinutes(l.minutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ul className="calibration-totals">
        {ledger.years.map((y) => (
          <li key={y.year}>
            Year {y.year}: {formatMinutes(y.counted_minutes)} of {formatMinutes(y.required_minutes)} counted
            {y.meets ? ' · met' : ''}
          </li>
        ))}
        <li>
          Program: {formatMinutes(ledger.counted_minutes)} of {formatMinutes(ledger.total_required_minutes)} counted
          {ledger.meets_total ? ' · met' : ''}
        </li>
      </ul>
    </>
  );
}

function JobShadowPart({ enrollmentId, readable }: { enrollmentId: string; readable: boolean }) {
  return (
    <Part
      title="Job Shadow / CA Distinguished School / Gold-Ribbon School Visit"
      note="A job shadow or a full-day school visit over the program, with its one-page summary."
    >
      {/* The summaries are confidential: only those who read the candidate's records ask for them. */}
      {readable ? <Experiences enrollmentId={enrollmentId} /> : <p className="muted not-yours">Not yours to see.</p>}
    </Part>
  );
}

function Experiences({ enrollmentId }: { enrollmentId: string }) {
  const query = useExperiences(enrollmentId);
  return (
    <PartView query={query} what="Loading the job shadows and visits">
      {(all) => <ExperienceLines experiences={all} />}
    </PartView>
  );
}

function ExperienceLines({ experiences }: { experiences: Experience[] }) {
  if (experiences.length === 0) return <p>None started yet.</p>;
  const rows = [...experiences].sort((a, b) => a.activity_date.localeCompare(b.activity_date));
  return (
    <div className="table-wrap">
      <table className="calibration-table">
        <caption className="visually-hidden">Job shadow and school visit dates and notes</caption>
        <thead>
          <tr>
            <th scope="col">Date(s)</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((x) => (
            <tr key={x.id}>
              <td>{formatDate(x.activity_date)}</td>
              <td>
                {experienceTitle(x)}
                {typeof x.minutes === 'number' && ` · ${formatMinutes(x.minutes)}`} · {EXPERIENCE_STATUS_LABELS[x.status]}
                {x.submitted_at && ` ${dayOf(x.submitted_at)}`}
                {x.documents.length > 0 && ' · summary PDF uploaded'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CoachingLogsPart({ enrollmentId }: { enrollmentId: string }) {
  const query = useLedger(enrollmentId);
  return (
    <Part title="Coaching Logs">
      <PartView query={query} what="Loading the coaching hours">
        {(l) => <CoachingHours ledger={l} />}
      </PartView>
    </Part>
  );
}

function CoachingHours({ ledger }: { ledger: Ledger }) {
  return (
    <>
      <p className="muted">
        {formatMinutes(ledger.yearly_required_minutes)} of coaching a program year documented by coaching logs,{' '}
        {formatMinutes(ledger.total_required_minutes)} over the program.
      </p>
      {ledger.years.length === 0 && <p>No program year yet.</p>}
      {ledger.years.map((y) => {
        const months = shownMonths(y);
        return (
          <div key={y.year} className="calibration-year">
            <h3>
              Year {y.year}{' '}
              <span className="muted">
                ({formatDate(y.start_date)} – {formatDate(y.end_date)})
              </span>
            </h3>
            <dl className="calibration-months" aria-label={`Coaching hours by month, year ${y.year}`}>
              {months.map((m) => (
                <div key={m.month} className={m.counted ? undefined : 'not-counted'}>
                  <dt>{monthLabel(m.month)}</dt>
                  <dd>
                    {/* A month still ahead is blank, as on the paper sheet. */}
                    {m.status === 'future' && m.minutes === 0 ? '—' : formatMinutes(m.minutes)}
                    {!m.counted && <span className="calibration-sub">not a counted month</span>}
                  </dd>
                </div>
              ))}
            </dl>
            <p>
              Year {y.year} total: <strong>{formatMinutes(y.minutes)}</strong> of {formatMinutes(ledger.yearly_required_minutes)}
              {y.meets_hours ? ' · met' : ''}
            </p>
          </div>
        );
      })}
      <p>
        Program: <strong>{formatMinutes(ledger.total_minutes)}</strong> of {formatMinutes(ledger.total_required_minutes)}
        {ledger.meets_total ? ' · met' : ''}
      </p>
    </>
  );
}

function ReflectionsPart({ enrollmentId }: { enrollmentId: string }) {
  const query = useReflectionTerms(enrollmentId);
  return (
    <Part title="Reflections">
      <ul className="muted calibration-rules">
        <li>The initial reflection is completed within 30 days of orientation.</li>
        <li>The interim reflection is started at the end-of-year 1 candidate meeting.</li>
        <li>The ending reflection is completed a month before the end-of-year 2 candidate meeting.</li>
      </ul>
      <PartView query={query} what="Loading the reflections">
        {(terms) => <ReflectionDates terms={terms} />}
      </PartView>
    </Part>
  );
}

function submittedText(t: TermStatus): ReactNode {
  if (t.status === 'submitted') return dayOf(t.submitted_at);
  const status = TERM_STATUS_LABELS[t.status] ?? t.status;
  return (
    <>
      <span className="muted">Not submitted</span> ({status.toLowerCase()}
      {t.status === 'in_progress' && `, ${t.percent_complete}%`})
      {t.overdue && <strong className="warn"> · Overdue</strong>}
    </>
  );
}

function ReflectionDates({ terms }: { terms: TermStatus[] }) {
  if (terms.length === 0) return <p>No terms.</p>;
  return (
    <div className="table-wrap">
      <table className="calibration-table">
        <caption className="visually-hidden">Reflection due and submitted dates</caption>
        <thead>
          <tr>
            <th scope="col">Reflection</th>
            <th scope="col">Due</th>
            <th scope="col">Submitted</th>
          </tr>
        </thead>
        <tbody>
          {terms.map((t) => (
            <tr key={t.term}>
              <th scope="row">{TERM_LABELS[t.term]}</th>
              <td>{formatDate(t.due_date)}</td>
              <td>{submittedText(t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

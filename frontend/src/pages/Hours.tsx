import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../api';
import { unwrap } from '../api/client';
import { ApiError } from '../api/problem';
import type { Ledger } from '../api/types';
import { LedgerProgress, YearChart } from '../components/hours';
import { ErrorBox, QueryView } from '../components/ui';
import { useApp, useProgramId } from '../lib/context';
import { formatDate } from '../lib/labels';
import { monthColumns, monthLabel, yearFor } from '../lib/ledger';
import { keys, useCohorts, useEnrollment, useLedger, useProgram } from '../lib/queries';
import { formatMinutes } from '../lib/units';

/** A candidate's coaching hours: this month, this year, the program; then each year by month. */
export function LedgerView({ ledger }: { ledger: Ledger }) {
  return (
    <>
      <section aria-labelledby="hours-progress">
        <h2 id="hours-progress">Progress</h2>
        <LedgerProgress ledger={ledger} total />
        <p className="muted">
          Hours count once a log is {ledger.counted_state === 'acknowledged' ? 'acknowledged by the candidate' : 'submitted by the coach'}.
        </p>
      </section>
      {ledger.years.map((y) => (
        <section key={y.year} aria-labelledby={`year-${y.year}`}>
          <h2 id={`year-${y.year}`}>
            Program year {y.year}{' '}
            <span className="muted">
              ({formatDate(y.start_date)} – {formatDate(y.end_date)})
            </span>
          </h2>
          <ul className="year-facts">
            <li>
              Coaching: {formatMinutes(y.minutes)} of {formatMinutes(ledger.yearly_required_minutes)} —{' '}
              {y.meets_hours ? 'requirement met' : `${formatMinutes(y.remaining_minutes)} to go`}
            </li>
            {ledger.yearly_face_to_face_required_minutes > 0 && (
              <li>
                Face-to-face: {formatMinutes(y.face_to_face_minutes)} of {formatMinutes(ledger.yearly_face_to_face_required_minutes)} —{' '}
                {y.meets_face_to_face ? 'met' : 'not met yet'}
              </li>
            )}
            <li>
              System of support: {formatMinutes(y.system_of_support_minutes)}
            </li>
            <li>
              Sessions: {y.sessions} of at least {ledger.min_sessions_per_year} — {y.meets_sessions ? 'met' : 'not met yet'}
            </li>
            {y.behind_pace && (
              <li className="warn">
                Behind pace: {formatMinutes(y.pace_minutes_per_month)} a month needed for the {y.counted_months_left} counted months left
              </li>
            )}
          </ul>
          <YearChart year={y} monthlyMinimum={ledger.monthly_minimum_minutes} />
        </section>
      ))}
    </>
  );
}

/** `/my/hours`: the candidate's own hours. */
export function MyHours() {
  const { programId } = useApp();
  const query = useQuery({ queryKey: keys.myEnrollments, queryFn: () => unwrap(api.client.GET('/api/me/enrollments')) });
  return (
    <>
      <h1>My hours</h1>
      <QueryView query={query} what="Loading your enrollment">
        {(all) => {
          const mine = all.filter((e) => !programId || e.program_id === programId);
          if (!mine.length) return <p>You are not enrolled in this program.</p>;
          return mine.map((e) => <EnrollmentLedger key={e.id} enrollmentId={e.id} />);
        }}
      </QueryView>
    </>
  );
}

function EnrollmentLedger({ enrollmentId }: { enrollmentId: string }) {
  const ledger = useLedger(enrollmentId);
  return <QueryView query={ledger} what="Loading the hours">{(l) => <LedgerView ledger={l} />}</QueryView>;
}

/** `/enrollments/:id/hours`: a candidate's hours for their coach and the program staff. */
export function EnrollmentHours() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  return (
    <QueryView query={enrollment} what="Loading the enrollment">
      {(e) => (
        <>
          <p className="breadcrumb">
            <Link to={`/enrollments/${e.id}`}>{e.candidate.display_name}</Link> / Hours
          </p>
          <div className="page-title">
            <h1>Coaching hours of {e.candidate.display_name}</h1>
            <Link to={`/enrollments/${e.id}/coaching-logs`}>Coaching logs</Link>
          </div>
          <EnrollmentLedger enrollmentId={e.id} />
        </>
      )}
    </QueryView>
  );
}

function filenameOf(disposition: string | null): string | null {
  const m = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

/** Fetch the CSV with the session's token (a plain link would not carry it) and save it. */
async function downloadCsv(programId: string, query: { cohort_id?: string; program_year?: number }) {
  const { data, error, response } = await api.client.GET('/api/programs/{program_id}/hours.csv', {
    params: { path: { program_id: programId }, query },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw ApiError.from(response, error);
  const url = URL.createObjectURL(data as Blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filenameOf(response.headers.get('Content-Disposition')) ?? 'coaching-hours.csv';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `/hours`: the program's hours table, a row per candidate and a column per month. */
export function ProgramHours() {
  const programId = useProgramId();
  const [params, setParams] = useSearchParams();
  const cohortFilterId = useId();
  const yearFilterId = useId();
  const cohortId = params.get('cohort') ?? '';
  const programYear = Number(params.get('year')) || null;
  const cohorts = useCohorts(programId);
  const program = useProgram(programId);
  const years = program.data?.settings.program_years ?? 2;

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  const query = { cohort_id: cohortId || undefined, program_year: programYear ?? undefined };
  const table = useQuery({
    queryKey: [...keys.hours(programId), query],
    queryFn: () => unwrap(api.client.GET('/api/programs/{program_id}/hours', { params: { path: { program_id: programId }, query } })),
    placeholderData: keepPreviousData,
  });
  const csv = useMutation({ mutationFn: () => downloadCsv(programId, query) });
  const csvHref = `/api/programs/${programId}/hours.csv?${new URLSearchParams(
    Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]),
  ).toString()}`;

  return (
    <>
      <div className="page-title">
        <h1>Coaching hours</h1>
        <a
          href={csvHref}
          onClick={(e) => {
            e.preventDefault();
            csv.mutate();
          }}
          aria-busy={csv.isPending || undefined}
        >
          {csv.isPending ? 'Preparing CSV…' : 'Download CSV'}
        </a>
      </div>
      {csv.error && <ErrorBox error={csv.error} />}
      <div className="toolbar">
        <label htmlFor={cohortFilterId}>Cohort</label>
        <select id={cohortFilterId} value={cohortId} onChange={(e) => update({ cohort: e.target.value })}>
          <option value="">All cohorts</option>
          {(cohorts.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <label htmlFor={yearFilterId}>Program year</label>
        <select id={yearFilterId} value={programYear ?? ''} onChange={(e) => update({ year: e.target.value })}>
          <option value="">Each candidate’s current year</option>
          {Array.from({ length: years }, (_, i) => i + 1).map((y) => (
            <option key={y} value={y}>
              Year {y}
            </option>
          ))}
        </select>
      </div>
      <QueryView query={table} what="Loading the hours">
        {(data) => {
          const ledgers = data.rows.map((r) => r.ledger);
          const columns = monthColumns(ledgers, data.program_year ?? programYear);
          const first = ledgers[0];
          return (
            <>
              {first && (
                <p className="muted">
                  Monthly minimum {formatMinutes(first.monthly_minimum_minutes)}; {formatMinutes(first.yearly_required_minutes)} a
                  program year. Months marked “below” are under the minimum.
                </p>
              )}
              <div className="table-wrap">
                <table className="hours-table">
                  <caption className="visually-hidden">Coaching hours per candidate and month</caption>
                  <thead>
                    <tr>
                      <th scope="col">Candidate</th>
                      <th scope="col">Cohort</th>
                      <th scope="col">Year</th>
                      {columns.map((m) => (
                        <th scope="col" key={m} className="num">
                          {monthLabel(m)}
                        </th>
                      ))}
                      <th scope="col" className="num">
                        Year total
                      </th>
                      <th scope="col">Meets</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.rows.length === 0 && (
                      <tr>
                        <td colSpan={columns.length + 5}>No candidates match.</td>
                      </tr>
                    )}
                    {data.rows.map((r) => {
                      const y = yearFor(r.ledger, data.program_year ?? programYear);
                      return (
                        <tr key={r.enrollment_id}>
                          <th scope="row">
                            <Link to={`/enrollments/${r.enrollment_id}/hours`}>{r.candidate.display_name}</Link>
                            <div className="row-links">
                              <Link to={`/enrollments/${r.enrollment_id}/coaching-logs`}>Logs</Link>
                            </div>
                          </th>
                          <td>{r.cohort_label}</td>
                          <td>{y ? y.year : '—'}</td>
                          {columns.map((col) => {
                            const m = y?.months.find((x) => x.month === col);
                            if (!m) return <td key={col} className="num muted">—</td>;
                            return (
                              <td key={col} className={`num${m.below_minimum ? ' below' : ''}${m.status === 'future' ? ' future' : ''}`}>
                                {m.status === 'future' && m.minutes === 0 ? (
                                  <span className="muted">—</span>
                                ) : (
                                  formatMinutes(m.minutes)
                                )}
                                {m.below_minimum && <span className="below-mark"> ▼ below</span>}
                              </td>
                            );
                          })}
                          <td className="num">{y ? formatMinutes(y.minutes) : '—'}</td>
                          <td>{y ? y.meets_hours ? 'Meets' : <span className="warn">Doesn’t meet</span> : '—'}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </>
          );
        }}
      </QueryView>
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../api';
import { unwrap } from '../api/client';
import type { EnrollmentStatus } from '../api/types';
import { QueryView, StatusBadge } from '../components/ui';
import { useApp } from '../lib/context';
import { STATUS_LABELS, formatDate, labelOf } from '../lib/labels';
import { keys, useLedger } from '../lib/queries';
import { LedgerProgress } from '../components/hours';
import { EnrollmentList } from './Enrollments';
import { Programs } from './Programs';

export function Home() {
  const app = useApp();
  const { roles, programId } = app;
  const sections = [];
  if (programId && app.isStaff) sections.push(<ProgramOverview key="overview" programId={programId} />);
  if (programId && roles.includes('district_representative')) {
    sections.push(
      <section key="district">
        <h2>Candidates in your district</h2>
        <EnrollmentList programId={programId} />
      </section>,
    );
  }
  if (roles.includes('coach')) sections.push(<CoachHome key="coach" programId={programId} />);
  if (roles.includes('candidate')) sections.push(<CandidateHome key="candidate" programId={programId} />);
  if (app.isAdmin && (!programId || app.me.memberships.length === 0)) sections.push(<Programs key="programs" />);

  return (
    <>
      <h1>Welcome, {app.me.user.display_name}</h1>
      {sections.length ? (
        sections
      ) : (
        <p>You do not have a role in a program yet. A program coordinator can add you.</p>
      )}
    </>
  );
}

function CandidateHome({ programId }: { programId: string | null }) {
  const { programs } = useApp();
  const query = useQuery({
    queryKey: keys.myEnrollments,
    queryFn: () => unwrap(api.client.GET('/api/me/enrollments')),
  });
  return (
    <section aria-labelledby="my-enrollment">
      <h2 id="my-enrollment">My program</h2>
      <QueryView query={query} what="Loading your enrollment">
        {(all) => {
          const mine = all.filter((e) => !programId || e.program_id === programId);
          if (!mine.length) return <p>You are not enrolled in this program yet.</p>;
          return mine.map((e) => (
            <div className="card" key={e.id}>
              <dl className="facts">
                <dt>Program</dt>
                <dd>{programs.find((p) => p.id === e.program_id)?.name ?? '—'}</dd>
                <dt>Cohort</dt>
                <dd>{e.cohort_label}</dd>
                <dt>Program year</dt>
                <dd>{e.program_year ? `Year ${e.program_year}` : '—'}</dd>
                <dt>Status</dt>
                <dd>
                  <StatusBadge status={e.status} label={labelOf(STATUS_LABELS, e.status)} />
                </dd>
                <dt>Start date</dt>
                <dd>{formatDate(e.start_date)}</dd>
                <dt>District</dt>
                <dd>{e.district_name}</dd>
                <dt>Coach</dt>
                <dd>
                  {e.current_coach ? (
                    <>
                      <span className="coach-name">{e.current_coach.display_name}</span>
                      {' · '}
                      <a href={`mailto:${e.current_coach.email}`}>{e.current_coach.email}</a>
                    </>
                  ) : (
                    'No coach assigned yet'
                  )}
                </dd>
              </dl>
              <h3>Coaching hours</h3>
              <CandidateHours enrollmentId={e.id} />
              <p>
                <Link to="/my/coaching-logs">My coaching logs</Link> · <Link to="/my/hours">My hours</Link>
              </p>
            </div>
          ));
        }}
      </QueryView>
    </section>
  );
}

function CandidateHours({ enrollmentId }: { enrollmentId: string }) {
  const ledger = useLedger(enrollmentId);
  return <QueryView query={ledger} what="Loading your hours">{(l) => <LedgerProgress ledger={l} total />}</QueryView>;
}

function CoachHome({ programId }: { programId: string | null }) {
  const query = useQuery({
    queryKey: keys.myCandidates,
    queryFn: () => unwrap(api.client.GET('/api/me/candidates')),
  });
  return (
    <section aria-labelledby="my-candidates">
      <h2 id="my-candidates">My candidates</h2>
      <QueryView query={query} what="Loading your candidates">
        {(all) => {
          const rows = all
            .filter((r) => !programId || r.enrollment.program_id === programId)
            .sort((a, b) => Number(b.assignment.active) - Number(a.assignment.active));
          if (!rows.length) return <p>No candidates are assigned to you yet.</p>;
          return (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">Candidates you coach</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Cohort</th>
                    <th scope="col">Year</th>
                    <th scope="col">District</th>
                    <th scope="col">Status</th>
                    <th scope="col">Coaching</th>
                    <th scope="col">Logs</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map(({ enrollment: e, assignment: a }) => (
                    <tr key={a.id} className={a.active ? undefined : 'inactive'}>
                      <th scope="row">
                        <Link to={`/enrollments/${e.id}`}>{e.candidate.display_name}</Link>
                      </th>
                      <td>{e.cohort_label}</td>
                      <td>{e.program_year ?? '—'}</td>
                      <td>{e.district_name}</td>
                      <td>
                        <StatusBadge status={e.status} label={labelOf(STATUS_LABELS, e.status)} />
                      </td>
                      <td>
                        {a.active ? (
                          `Since ${formatDate(a.start_date)}`
                        ) : (
                          <span className="muted">Former candidate (read-only), until {formatDate(a.end_date)}</span>
                        )}
                      </td>
                      <td className="row-actions">
                        {a.active && (
                          <Link className="button" to={`/enrollments/${e.id}/coaching-logs/new`}>
                            Add coaching log<span className="visually-hidden"> for {e.candidate.display_name}</span>
                          </Link>
                        )}{' '}
                        <Link to={`/enrollments/${e.id}/coaching-logs`}>
                          Logs<span className="visually-hidden"> of {e.candidate.display_name}</span>
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </QueryView>
    </section>
  );
}

const STATUS_ORDER: EnrollmentStatus[] = ['applied', 'enrolled', 'extended', 'completed', 'recommended', 'withdrawn'];

function ProgramOverview({ programId }: { programId: string }) {
  const query = useQuery({
    queryKey: keys.overview(programId),
    queryFn: () => unwrap(api.client.GET('/api/programs/{program_id}/overview', { params: { path: { program_id: programId } } })),
  });
  return (
    <QueryView query={query} what="Loading the program overview">
      {(o) => {
        const counts = o.enrollments_by_status as Record<string, number | undefined>;
        const total = Object.values(counts).reduce<number>((s, n) => s + (n ?? 0), 0);
        return (
          <section aria-labelledby="overview">
            <h2 id="overview">{o.program.name}</h2>
            <p className="muted">{o.program.organisation}</p>
            <div className="stats">
              <div className="stat">
                <span className="stat-value">{total}</span>
                <span className="stat-label">enrollments</span>
              </div>
              <div className="stat">
                <span className="stat-value">{o.coaches}</span>
                <span className="stat-label">coaches</span>
              </div>
              <div className={`stat${o.candidates_without_coach > 0 ? ' stat-warn' : ''}`}>
                <span className="stat-value">{o.candidates_without_coach}</span>
                <span className="stat-label">candidates without a coach</span>
              </div>
            </div>
            <div className="columns">
              <div>
                <h3>Enrollments by status</h3>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Status</th>
                      <th scope="col" className="num">
                        Candidates
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {STATUS_ORDER.map((s) => (
                      <tr key={s}>
                        <th scope="row">{STATUS_LABELS[s]}</th>
                        <td className="num">{counts[s] ?? 0}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div>
                <h3>Cohorts</h3>
                {o.cohorts.length === 0 ? (
                  <p>No cohorts yet.</p>
                ) : (
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Cohort</th>
                        <th scope="col">Starts</th>
                        <th scope="col" className="num">
                          Candidates
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {o.cohorts.map((c) => (
                        <tr key={c.cohort.id}>
                          <th scope="row">{c.cohort.label}</th>
                          <td>{formatDate(c.cohort.start_date)}</td>
                          <td className="num">{c.candidates}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </div>
            </div>
          </section>
        );
      }}
    </QueryView>
  );
}

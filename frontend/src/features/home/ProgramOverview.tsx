import { Fragment } from 'react';
import { Link } from 'react-router';
import type { EnrollmentStatus } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { STATUS_LABELS, formatDate } from '../../lib/labels';
import { openable } from '../../lib/pages';
import { PlQueueNotice } from '../professional-learning/PlQueueNotice';
import { useProgramOverview } from '../programs/queries';

const REPORTS = [
  { path: 'hours', label: 'Coaching hours' },
  { path: 'meeting-counts', label: 'Meeting counts' },
  { path: 'professional-learning-hours', label: 'PL hours' },
  { path: 'receivables', label: 'Receivables' },
] as const;

const STATUS_ORDER: EnrollmentStatus[] = ['applied', 'enrolled', 'extended', 'completed', 'recommended', 'withdrawn'];

/** For the program's staff: enrollments by status, coaches, candidates without a coach, cohorts. */
export function ProgramOverview({ programId }: { programId: string }) {
  const query = useProgramOverview(programId);
  const app = useApp();
  const reports = openable(app, REPORTS);
  return (
    <QueryView query={query} what="Loading the program overview">
      {(o) => {
        const counts = o.enrollments_by_status as Record<string, number | undefined>;
        const total = Object.values(counts).reduce<number>((s, n) => s + (n ?? 0), 0);
        return (
          <section aria-labelledby="overview">
            <h2 id="overview">{o.program.name}</h2>
            <p className="muted">{o.program.organisation}</p>
            {app.can('review_professional_learning') && <PlQueueNotice programId={programId} />}
            {reports.length > 0 && (
              <p>
                Reports:{' '}
                {reports.map((r, i) => (
                  <Fragment key={r.path}>
                    {i > 0 && ' · '}
                    <Link to={`/${r.path}`}>{r.label}</Link>
                  </Fragment>
                ))}
              </p>
            )}
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

import { useId } from 'react';
import { Link } from 'react-router';
import type { EnrollmentStatus } from '../../api/types';
import { Pager, QueryView, StatusBadge } from '../../components/ui';
import { useApp, useProgramId } from '../../lib/context';
import { mayOpen } from '../../lib/pages';
import { POSITION_LABELS, STATUS_LABELS, labelOf } from '../../lib/labels';
import { useUrlFilters } from '../../lib/urlFilters';
import { useCohorts } from '../programs/queries';
import { useEnrollments } from './queries';

const PER_PAGE = 25;

export function Enrollments() {
  const programId = useProgramId();
  const app = useApp();
  return (
    <>
      <div className="page-title">
        <h1>Enrollments</h1>
        {mayOpen(app, 'enrollments/new') && (
          <Link className="button" to="/enrollments/new">
            New enrollment
          </Link>
        )}
      </div>
      <EnrollmentList programId={programId} />
    </>
  );
}

/** Enrollments of a program, filterable by cohort and status; filters live in the URL. */
export function EnrollmentList({ programId }: { programId: string }) {
  const [params, update] = useUrlFilters();
  const cohortFilterId = useId();
  const statusFilterId = useId();
  const cohortId = params.get('cohort') ?? '';
  const status = (params.get('status') ?? '') as EnrollmentStatus | '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const cohorts = useCohorts(programId);

  const query = useEnrollments(programId, { cohortId, status, page, perPage: PER_PAGE });

  return (
    <>
      <div className="toolbar">
        <label htmlFor={cohortFilterId}>Cohort</label>
        <select id={cohortFilterId} value={cohortId} onChange={(e) => update({ cohort: e.target.value, page: '' })}>
          <option value="">All cohorts</option>
          {(cohorts.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        <label htmlFor={statusFilterId}>Status</label>
        <select id={statusFilterId} value={status} onChange={(e) => update({ status: e.target.value, page: '' })}>
          <option value="">All statuses</option>
          {(Object.keys(STATUS_LABELS) as EnrollmentStatus[]).map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <QueryView query={query} what="Loading enrollments">
        {(data) => (
          <>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Candidate</th>
                    <th scope="col">Cohort</th>
                    <th scope="col">Year</th>
                    <th scope="col">Status</th>
                    <th scope="col">District</th>
                    <th scope="col">Position</th>
                    <th scope="col">Coach</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.length === 0 && (
                    <tr>
                      <td colSpan={7}>No enrollments match.</td>
                    </tr>
                  )}
                  {data.items.map((e) => (
                    <tr key={e.id}>
                      <th scope="row">
                        <Link to={`/enrollments/${e.id}`}>{e.candidate.display_name}</Link>
                      </th>
                      <td>{e.cohort_label}</td>
                      <td>{e.program_year ?? '—'}</td>
                      <td>
                        <StatusBadge status={e.status} label={labelOf(STATUS_LABELS, e.status)} />
                      </td>
                      <td>
                        {e.district_name}
                        {e.site && <span className="muted"> · {e.site}</span>}
                      </td>
                      <td>{labelOf(POSITION_LABELS, e.position)}</td>
                      <td>{e.current_coach?.display_name ?? <span className="warn">No coach</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              page={data.page}
              perPage={data.per_page || PER_PAGE}
              total={data.total}
              onPage={(p) => update({ page: p > 1 ? String(p) : '' })}
              label="Enrollment pages"
            />
          </>
        )}
      </QueryView>
    </>
  );
}

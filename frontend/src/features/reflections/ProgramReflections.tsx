import { Link } from 'react-router';
import type { ProgramReflectionRow, ProgramReflections as TableData, TermStatus } from '../../api/types';
import { RecordTable, type Column } from '../../components/RecordTable';
import { CohortSelect, ReportHeading } from '../../components/ReportControls';
import { QueryView, StatusBadge } from '../../components/ui';
import { useProgramId } from '../../lib/context';
import { STATUS_LABELS, formatDate, labelOf } from '../../lib/labels';
import { useUrlFilters } from '../../lib/urlFilters';
import { useCohorts } from '../programs/queries';
import { useDownloadReflectionsCsv } from './mutations';
import { useProgramReflections, type ProgramReflectionsFilter } from './queries';
import { TERM_LABELS, TERM_STATUS_LABELS, TERMS } from './ratingScale';
import './reflections.css';
import { TermDates } from './TermProgress';

type Row = ProgramReflectionRow & { id: string };

/** One term in a cell: its status, percent complete and due date (overdue said in words). */
function TermCell({ term }: { term: TermStatus | undefined }) {
  if (!term) return <span className="muted">—</span>;
  return (
    <div className="term-cell">
      <StatusBadge status={`reflection-${term.status}`} label={TERM_STATUS_LABELS[term.status] ?? term.status} />{' '}
      {term.status === 'in_progress' && <span>{term.percent_complete}%</span>}
      <div className="hint">
        <TermDates term={term} />
      </div>
    </div>
  );
}

function columns(table: TableData): [Column<Row>, ...Column<Row>[]] {
  return [
    {
      header: 'Candidate',
      cell: (r) => (
        <>
          <Link to={`/enrollments/${r.enrollment_id}/reflections`}>{r.candidate.display_name}</Link>
          <div className="row-links">
            <Link to={`/enrollments/${r.enrollment_id}/growth`}>
              Growth<span className="visually-hidden"> of {r.candidate.display_name}</span>
            </Link>{' '}
            <Link to={`/enrollments/${r.enrollment_id}/application-to-practice`}>
              Application to Practice<span className="visually-hidden"> of {r.candidate.display_name}</span>
            </Link>
          </div>
        </>
      ),
    },
    { header: 'Cohort', cell: (r) => r.cohort_label },
    { header: 'Status', cell: (r) => labelOf(STATUS_LABELS, r.status) },
    ...TERMS.map((t) => ({
      header: TERM_LABELS[t],
      cell: (r: Row) => <TermCell term={r.terms.find((x) => x.term === t)} />,
    })),
    {
      header: 'At meets or above',
      cell: (r) => {
        const n = r.latest_meets_elements;
        return n === null || n === undefined ? '—' : `${n} of ${table.element_count}`;
      },
    },
    {
      header: 'ILPs',
      cell: (r) => (
        <>
          {r.ilps.plans === 1 ? '1 plan' : `${r.ilps.plans} plans`}
          <div className="hint">
            {r.ilps.active} in action, {r.ilps.completed} completed; {r.ilps.standards_addressed} of 6 standards
          </div>
        </>
      ),
    },
  ];
}

/** `/reflections`: every candidate's three terms and plans, for the coordinator; by cohort. */
export function ProgramReflections() {
  const programId = useProgramId();
  const [params, update] = useUrlFilters();
  const cohortId = params.get('cohort') ?? '';
  const cohorts = useCohorts(programId);
  const filter: ProgramReflectionsFilter = { cohort_id: cohortId || undefined };
  const table = useProgramReflections(programId, filter);
  const csv = useDownloadReflectionsCsv(programId);
  const csvHref = `/api/programs/${programId}/reflections.csv${cohortId ? `?cohort_id=${cohortId}` : ''}`;

  return (
    <>
      <ReportHeading title="Reflections" csvHref={csvHref} csv={csv} onDownload={() => csv.mutate(filter)}>
        <CohortSelect cohorts={cohorts.data ?? []} value={cohortId} onChange={(cohort) => update({ cohort })} />
      </ReportHeading>
      <QueryView query={table} what="Loading the reflections">
        {(data) => (
          <>
            <p className="muted">
              As of {formatDate(data.as_of)}. “At meets or above” counts the elements rated 3 or 4 on the latest submitted
              term; ILPs are the candidate’s plans and the standards those in action address.
            </p>
            <RecordTable
              rows={data.rows.map((r) => ({ ...r, id: r.enrollment_id }))}
              columns={columns(data)}
              empty="No candidates match."
              emptyInTable
            />
          </>
        )}
      </QueryView>
    </>
  );
}

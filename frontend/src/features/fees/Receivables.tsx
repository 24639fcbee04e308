import { CohortSelect, ReportHeading } from '../../components/ReportControls';
import { QueryView } from '../../components/ui';
import { useProgramId } from '../../lib/context';
import { useUrlFilters } from '../../lib/urlFilters';
import { useCohorts } from '../programs/queries';
import { useDownloadReceivablesCsv } from './mutations';
import { useReceivables, type ReceivablesFilter } from './queries';
import { ReceivablesTable } from './ReceivablesTable';
import './fees.css';

/** `/receivables`: who owes what of the program fee, overdue first; a district representative's district only. */
export function Receivables() {
  const programId = useProgramId();
  const [params, update] = useUrlFilters();
  const cohortId = params.get('cohort') ?? '';
  const cohorts = useCohorts(programId);

  const filter: ReceivablesFilter = { cohort_id: cohortId || undefined };
  const table = useReceivables(programId, filter);
  const csv = useDownloadReceivablesCsv(programId);
  const csvHref = `/api/programs/${programId}/receivables.csv${cohortId ? `?cohort_id=${encodeURIComponent(cohortId)}` : ''}`;

  return (
    <>
      <ReportHeading title="Receivables" csvHref={csvHref} csv={csv} onDownload={() => csv.mutate(filter)}>
        <CohortSelect cohorts={cohorts.data ?? []} value={cohortId} onChange={(cohort) => update({ cohort })} />
      </ReportHeading>
      <QueryView query={table} what="Loading the receivables">
        {(data) => <ReceivablesTable table={data} />}
      </QueryView>
    </>
  );
}

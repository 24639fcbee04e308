import { CohortSelect, ReportHeading } from '../../components/ReportControls';
import { QueryView } from '../../components/ui';
import { useProgramId } from '../../lib/context';
import { useUrlFilters } from '../../lib/urlFilters';
import { useCohorts } from '../programs/queries';
import { useDownloadPlHoursCsv } from './mutations';
import { PlHoursTable } from './PlHoursTable';
import { useProgramPlHours, type PlHoursFilter } from './queries';

/** `/professional-learning-hours`: the program's PL hours, a row per candidate and a column per program year. */
export function ProgramPlHours() {
  const programId = useProgramId();
  const [params, update] = useUrlFilters();
  const cohortId = params.get('cohort') ?? '';
  const cohorts = useCohorts(programId);

  const filter: PlHoursFilter = { cohort_id: cohortId || undefined };
  const table = useProgramPlHours(programId, filter);
  const csv = useDownloadPlHoursCsv(programId);
  const csvHref = `/api/programs/${programId}/professional-learning-hours.csv${cohortId ? `?cohort_id=${encodeURIComponent(cohortId)}` : ''}`;

  return (
    <>
      <ReportHeading title="Professional-learning hours" csvHref={csvHref} csv={csv} onDownload={() => csv.mutate(filter)}>
        <CohortSelect cohorts={cohorts.data ?? []} value={cohortId} onChange={(cohort) => update({ cohort })} />
      </ReportHeading>
      <QueryView query={table} what="Loading the PL hours">
        {(data) => <PlHoursTable table={data} />}
      </QueryView>
    </>
  );
}

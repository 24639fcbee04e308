import { CohortSelect, FilterSelect, ReportHeading } from '../../components/ReportControls';
import { QueryView } from '../../components/ui';
import { useProgramId } from '../../lib/context';
import { useUrlFilters, withQuery } from '../../lib/urlFilters';
import { useCohorts, useProgram } from '../programs/queries';
import { HoursTable } from './HoursTable';
import { useDownloadHoursCsv } from './mutations';
import { useProgramHours, type HoursFilter } from './queries';

/** `/hours`: the program's hours table, a row per candidate and a column per month. */
export function ProgramHours() {
  const programId = useProgramId();
  const [params, update] = useUrlFilters();
  const cohortId = params.get('cohort') ?? '';
  const programYear = Number(params.get('year')) || null;
  const cohorts = useCohorts(programId);
  const program = useProgram(programId);
  const years = program.data?.settings.program_years ?? 2;

  const filter: HoursFilter = { cohort_id: cohortId || undefined, program_year: programYear ?? undefined };
  const table = useProgramHours(programId, filter);
  const csv = useDownloadHoursCsv(programId);
  const csvHref = withQuery(`/api/programs/${programId}/hours.csv`, filter);

  return (
    <>
      <ReportHeading title="Coaching hours" csvHref={csvHref} csv={csv} onDownload={() => csv.mutate(filter)}>
        <CohortSelect cohorts={cohorts.data ?? []} value={cohortId} onChange={(cohort) => update({ cohort })} />
        <FilterSelect
          label="Program year"
          blank="Each candidate’s current year"
          options={Array.from({ length: years }, (_, i) => ({ value: String(i + 1), label: `Year ${i + 1}` }))}
          value={programYear ? String(programYear) : ''}
          onChange={(year) => update({ year })}
        />
      </ReportHeading>
      <QueryView query={table} what="Loading the hours">
        {(data) => <HoursTable table={data} programYear={programYear} />}
      </QueryView>
    </>
  );
}

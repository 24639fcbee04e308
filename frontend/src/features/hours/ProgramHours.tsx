import { useId } from 'react';
import { CohortSelect, ReportHeading } from '../../components/ReportControls';
import { QueryView } from '../../components/ui';
import { useProgramId } from '../../lib/context';
import { useUrlFilters } from '../../lib/urlFilters';
import { useCohorts, useProgram } from '../programs/queries';
import { HoursTable } from './HoursTable';
import { useDownloadHoursCsv } from './mutations';
import { useProgramHours, type HoursFilter } from './queries';

/** `/hours`: the program's hours table, a row per candidate and a column per month. */
export function ProgramHours() {
  const programId = useProgramId();
  const [params, update] = useUrlFilters();
  const yearFilterId = useId();
  const cohortId = params.get('cohort') ?? '';
  const programYear = Number(params.get('year')) || null;
  const cohorts = useCohorts(programId);
  const program = useProgram(programId);
  const years = program.data?.settings.program_years ?? 2;

  const filter: HoursFilter = { cohort_id: cohortId || undefined, program_year: programYear ?? undefined };
  const table = useProgramHours(programId, filter);
  const csv = useDownloadHoursCsv(programId);
  const csvHref = `/api/programs/${programId}/hours.csv?${new URLSearchParams(
    Object.entries(filter).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]),
  ).toString()}`;

  return (
    <>
      <ReportHeading title="Coaching hours" csvHref={csvHref} csv={csv} onDownload={() => csv.mutate(filter)}>
        <CohortSelect cohorts={cohorts.data ?? []} value={cohortId} onChange={(cohort) => update({ cohort })} />
        <label htmlFor={yearFilterId}>Program year</label>
        <select id={yearFilterId} value={programYear ?? ''} onChange={(e) => update({ year: e.target.value })}>
          <option value="">Each candidate’s current year</option>
          {Array.from({ length: years }, (_, i) => i + 1).map((y) => (
            <option key={y} value={y}>
              Year {y}
            </option>
          ))}
        </select>
      </ReportHeading>
      <QueryView query={table} what="Loading the hours">
        {(data) => <HoursTable table={data} programYear={programYear} />}
      </QueryView>
    </>
  );
}

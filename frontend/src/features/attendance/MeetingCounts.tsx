import { CohortSelect, ReportHeading } from '../../components/ReportControls';
import { QueryView } from '../../components/ui';
import { useProgramId } from '../../lib/context';
import { formatDate } from '../../lib/labels';
import { useUrlFilters } from '../../lib/urlFilters';
import { useCohorts } from '../programs/queries';
import './attendance.css';
import { CandidateCountsTable } from './CandidateCountsTable';
import { CoachCountsTable } from './CoachCountsTable';
import { useDownloadMeetingsCsv } from './mutations';
import { useProgramMeetings, type MeetingsFilter } from './queries';

/**
 * `/meeting-counts`: the program's candidates' meetings per program year, and its coaches' per
 * school year (a district representative sees their district's candidates only, as the API says).
 */
export function MeetingCounts() {
  const programId = useProgramId();
  const [params, update] = useUrlFilters();
  const cohortId = params.get('cohort') ?? '';
  const cohorts = useCohorts(programId);
  const filter: MeetingsFilter = cohortId ? { cohort_id: cohortId } : {};
  const table = useProgramMeetings(programId, filter);
  const csv = useDownloadMeetingsCsv(programId);
  const csvHref = `/api/programs/${programId}/meeting-counts.csv?${new URLSearchParams({ ...filter }).toString()}`;

  return (
    <>
      <ReportHeading title="Meeting counts" csvHref={csvHref} csv={csv} onDownload={() => csv.mutate(filter)}>
        <CohortSelect cohorts={cohorts.data ?? []} value={cohortId} onChange={(cohort) => update({ cohort })} />
      </ReportHeading>
      <QueryView query={table} what="Loading the meeting counts">
        {(t) => (
          <>
            <p className="muted">As of {formatDate(t.as_of)}. Counted meetings include absences made up.</p>
            <section aria-labelledby="candidate-counts">
              <h2 id="candidate-counts">Candidates</h2>
              <CandidateCountsTable candidates={t.candidates} />
            </section>
            {t.coaches.length > 0 && (
              <section aria-labelledby="coach-counts">
                <h2 id="coach-counts">Coaches</h2>
                <CoachCountsTable coaches={t.coaches} />
              </section>
            )}
          </>
        )}
      </QueryView>
    </>
  );
}

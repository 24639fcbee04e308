import type { ReviewQuery } from '../../api/types';
import { CohortSelect, FilterSelect } from '../../components/ReportControls';
import { useCohorts, useDistricts, useMembers } from '../programs/queries';
import { FLAG_LABELS, REVIEW_FLAGS, REVIEW_SORTS, SORT_LABELS } from './reviewLabels';

/**
 * The review's filters, by the address's parameters (cohort, district, coach, flag): the
 * program's cohorts, districts and coaches, and what to follow up; then its order (sort).
 */
export function ReviewFilters({
  programId,
  filter,
  onChange,
}: {
  programId: string;
  filter: ReviewQuery;
  onChange: (changes: Record<string, string>) => void;
}) {
  const cohorts = useCohorts(programId);
  const districts = useDistricts(programId);
  const coaches = useMembers(programId, 'coach');
  const coachOptions = (coaches.data ?? [])
    .map((m) => ({ value: m.user.id, label: m.user.display_name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <>
      <CohortSelect cohorts={cohorts.data ?? []} value={filter.cohort_id ?? ''} onChange={(cohort) => onChange({ cohort })} />
      <FilterSelect
        label="District"
        blank="All districts"
        options={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        value={filter.district_id ?? ''}
        onChange={(district) => onChange({ district })}
      />
      <FilterSelect label="Coach" blank="All coaches" options={coachOptions} value={filter.coach_id ?? ''} onChange={(coach) => onChange({ coach })} />
      <FilterSelect
        label="Follow-up"
        blank="Any or none"
        options={REVIEW_FLAGS.map((f) => ({ value: f, label: FLAG_LABELS[f] }))}
        value={filter.flag ?? ''}
        onChange={(flag) => onChange({ flag })}
      />
      <FilterSelect
        label="Sort by"
        blank="Name"
        options={REVIEW_SORTS.map((s) => ({ value: s, label: SORT_LABELS[s] }))}
        value={filter.sort ?? ''}
        onChange={(sort) => onChange({ sort })}
      />
    </>
  );
}

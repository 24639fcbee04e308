import type { ReviewQuery } from '../../api/types';
import { ReportHeading } from '../../components/ReportControls';
import { QueryView } from '../../components/ui';
import { useProgramId } from '../../lib/context';
import { formatDate } from '../../lib/labels';
import { useUrlFilters, withQuery } from '../../lib/urlFilters';
import { useDownloadReviewCsv } from './mutations';
import './portfolio-review.css';
import { usePortfolioReview } from './queries';
import { REVIEW_FLAGS, REVIEW_SORTS } from './reviewLabels';
import { ReviewCard } from './ReviewCard';
import { ReviewFilters } from './ReviewFilters';

/**
 * `/portfolio-review`: for the coordinators and director, every enrolled or extended candidate
 * with what to follow up and where their completion items stand; filters kept in the address.
 */
export function PortfolioReview() {
  const programId = useProgramId();
  const [params, update] = useUrlFilters();
  const filter: ReviewQuery = {
    cohort_id: params.get('cohort') || undefined,
    district_id: params.get('district') || undefined,
    coach_id: params.get('coach') || undefined,
    flag: REVIEW_FLAGS.find((f) => f === params.get('flag')),
    sort: REVIEW_SORTS.find((s) => s === params.get('sort')),
  };
  const filtered = Boolean(filter.cohort_id || filter.district_id || filter.coach_id || filter.flag);
  const review = usePortfolioReview(programId, filter);
  const csv = useDownloadReviewCsv(programId);

  return (
    <>
      <ReportHeading
        title="Portfolio review"
        csvHref={withQuery(`/api/programs/${programId}/portfolio-review.csv`, filter)}
        csv={csv}
        onDownload={() => csv.mutate(filter)}
      >
        <ReviewFilters programId={programId} filter={filter} onChange={update} />
      </ReportHeading>
      <QueryView query={review} what="Loading the portfolio review">
        {(data) => (
          <>
            <p className="muted">
              As of {formatDate(data.as_of)}: the enrolled and extended candidates, what to follow up with each, and the
              Program Completion Verification’s ten items.
            </p>
            {data.rows.length === 0 ? (
              <p>{filtered ? 'No candidates match.' : 'No enrolled or extended candidates.'}</p>
            ) : (
              data.rows.map((row) => <ReviewCard key={row.enrollment_id} row={row} />)
            )}
          </>
        )}
      </QueryView>
    </>
  );
}

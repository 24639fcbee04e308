import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import type { ReviewQuery } from '../../api/types';
import { keys } from '../../lib/keys';

/**
 * The program's portfolio review: each enrolled or extended candidate's follow-ups and completion
 * items, filtered and sorted as `filter` says. Computed from records others change: opening it asks again.
 */
export function usePortfolioReview(programId: string, filter: ReviewQuery) {
  return useQuery({
    queryKey: [...keys.portfolioReview(programId), filter],
    queryFn: () =>
      unwrap(
        api.client.GET('/api/programs/{program_id}/portfolio-review', { params: { path: { program_id: programId }, query: filter } }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

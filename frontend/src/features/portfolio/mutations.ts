import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import type { Enrollment } from '../../api/types';
import { keys } from '../../lib/keys';

/**
 * Marks the e-portfolio reviewed for a program year, as the reader (the candidate or their
 * current coach). The server answers every year's reviews, which replace the cached ones; the
 * to-do lists ("Mark the e-portfolio reviewed") and the portfolio review are read again.
 */
export function useMarkReviewed(enrollment: Pick<Enrollment, 'id' | 'program_id'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (programYear: number) =>
      unwrap(
        api.client.POST('/api/enrollments/{enrollment_id}/annual-reviews/{program_year}', {
          params: { path: { enrollment_id: enrollment.id, program_year: programYear } },
        }),
      ),
    onSuccess: (reviews) => {
      queryClient.setQueryData(keys.annualReviews(enrollment.id), reviews);
      void queryClient.invalidateQueries({ queryKey: keys.toDo(enrollment.program_id) });
      void queryClient.invalidateQueries({ queryKey: keys.portfolioReview(enrollment.program_id) });
    },
    // Already marked (in another tab), or no longer possible: the reviews as they are now.
    onError: () => void queryClient.invalidateQueries({ queryKey: keys.annualReviews(enrollment.id) }),
  });
}

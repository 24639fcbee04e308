import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';

/**
 * The e-portfolio's annual reviews, a program year each: whether the candidate and their coach
 * have marked it reviewed, and whether the reader may mark it now.
 */
export function useAnnualReviews(enrollmentId: string) {
  return useQuery({
    queryKey: keys.annualReviews(enrollmentId),
    queryFn: () =>
      unwrap(
        api.client.GET('/api/enrollments/{enrollment_id}/annual-reviews', { params: { path: { enrollment_id: enrollmentId } } }),
      ),
  });
}

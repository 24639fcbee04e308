import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';

/**
 * An enrollment's follow-ups, newest first, and whether the reader may contact the candidate
 * (`can_contact`). Others resolve them too: opening the page asks again.
 */
export function useFollowUps(enrollmentId: string) {
  return useQuery({
    queryKey: keys.followUps(enrollmentId),
    queryFn: () =>
      unwrap(api.client.GET('/api/enrollments/{enrollment_id}/follow-ups', { params: { path: { enrollment_id: enrollmentId } } })),
    staleTime: 0,
  });
}

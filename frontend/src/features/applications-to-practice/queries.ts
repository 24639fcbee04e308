import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { isApiError } from '../../api/problem';
import { keys } from '../../lib/keys';
import { loadAtp } from './atpQueue';

export function useAtp(id: string) {
  return useQuery({ queryKey: keys.atp(id), queryFn: () => loadAtp(id) });
}

/** A candidate's Application to Practice, or null before it is started (the API answers 404). */
export function useEnrollmentAtp(enrollmentId: string) {
  return useQuery({
    queryKey: keys.enrollmentAtp(enrollmentId),
    queryFn: () =>
      unwrap(
        api.client.GET('/api/enrollments/{enrollment_id}/application-to-practice', {
          params: { path: { enrollment_id: enrollmentId } },
        }),
      ).catch((err: unknown) => {
        if (isApiError(err) && err.status === 404) return null;
        throw err;
      }),
  });
}

/** The comments on it and on its elements, oldest first. */
export function useAtpComments(id: string) {
  return useQuery({
    queryKey: keys.atpComments(id),
    queryFn: () =>
      unwrap(api.client.GET('/api/applications-to-practice/{atp_id}/comments', { params: { path: { atp_id: id } } })),
    // A conversation: opening it again shows what the others wrote meanwhile.
    staleTime: 0,
  });
}

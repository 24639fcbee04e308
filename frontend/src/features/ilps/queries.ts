import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';

export function useIlp(id: string) {
  return useQuery({
    queryKey: keys.ilp(id),
    queryFn: () => unwrap(api.client.GET('/api/ilps/{ilp_id}', { params: { path: { ilp_id: id } } })),
  });
}

/** A candidate's plans, by program year. */
export function useEnrollmentIlps(enrollmentId: string) {
  return useQuery({
    queryKey: keys.ilps(enrollmentId),
    queryFn: () =>
      unwrap(api.client.GET('/api/enrollments/{enrollment_id}/ilps', { params: { path: { enrollment_id: enrollmentId } } })),
  });
}

/** Which standards the candidate's plans in action address, and how many steps are attained. */
export function useIlpCoverage(enrollmentId: string) {
  return useQuery({
    queryKey: keys.ilpCoverage(enrollmentId),
    queryFn: () =>
      unwrap(
        api.client.GET('/api/enrollments/{enrollment_id}/ilp-coverage', { params: { path: { enrollment_id: enrollmentId } } }),
      ),
  });
}

/** Who changed the plan, when, and how it read before. */
export function useIlpRevisions(id: string) {
  return useQuery({
    queryKey: keys.ilpRevisions(id),
    queryFn: () => unwrap(api.client.GET('/api/ilps/{ilp_id}/revisions', { params: { path: { ilp_id: id } } })),
  });
}

/** The comments on the plan and its action steps, oldest first. */
export function useIlpComments(id: string) {
  return useQuery({
    queryKey: keys.ilpComments(id),
    queryFn: () => unwrap(api.client.GET('/api/ilps/{ilp_id}/comments', { params: { path: { ilp_id: id } } })),
    // A conversation: opening the plan again shows what the others wrote meanwhile.
    staleTime: 0,
  });
}

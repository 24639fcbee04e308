import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import type { RequestKind, RequestStatus } from '../../api/types';
import { keys } from '../../lib/keys';

/** A candidate's requests the reader may see, latest first (a coach sees only the plans they help with). */
export function useEnrollmentRequests(enrollmentId: string) {
  return useQuery({
    queryKey: keys.requests(enrollmentId),
    queryFn: () =>
      unwrap(api.client.GET('/api/enrollments/{enrollment_id}/requests', { params: { path: { enrollment_id: enrollmentId } } })),
  });
}

export function useRequest(id: string) {
  return useQuery({
    queryKey: keys.request(id),
    queryFn: () => unwrap(api.client.GET('/api/requests/{request_id}', { params: { path: { request_id: id } } })),
  });
}

export function useRequestComments(id: string) {
  return useQuery({
    queryKey: keys.requestComments(id),
    queryFn: () => unwrap(api.client.GET('/api/requests/{request_id}/comments', { params: { path: { request_id: id } } })),
  });
}

/** Which requests the queue shows: the open ones (no status), or those of a status; of one kind or all. */
export interface RequestQueueFilter {
  status?: RequestStatus;
  kind?: RequestKind;
}

/** The program's requests to handle, oldest first, with who decides each. */
export function useRequestQueue(programId: string, filter: RequestQueueFilter) {
  return useQuery({
    queryKey: [...keys.requestQueue(programId), filter],
    queryFn: () =>
      unwrap(api.client.GET('/api/programs/{program_id}/requests', { params: { path: { program_id: programId }, query: filter } })),
    placeholderData: keepPreviousData,
    // Others take steps too: opening the queue shows where each request stands now.
    staleTime: 0,
  });
}

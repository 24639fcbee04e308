import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';

/**
 * A candidate's Program Completion Verification as the reader may see it. Computed from many
 * records others change (logs, payments, attendance, documents): opening it asks again.
 */
export function useCompletion(enrollmentId: string) {
  return useQuery({
    queryKey: keys.completion(enrollmentId),
    queryFn: () =>
      unwrap(
        api.client.GET('/api/enrollments/{enrollment_id}/completion', { params: { path: { enrollment_id: enrollmentId } } }),
      ),
    staleTime: 0,
  });
}

/** Where the candidates the reader lists stand on their completion forms (a district representative's home). */
export function useCompletionStatus(programId: string) {
  return useQuery({
    queryKey: keys.completionStatus(programId),
    queryFn: () =>
      unwrap(api.client.GET('/api/programs/{program_id}/completion-status', { params: { path: { program_id: programId } } })),
    staleTime: 0,
  });
}

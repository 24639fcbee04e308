import { useQuery } from '@tanstack/react-query';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';
import { api } from '../../api';

/** The documents of a candidate's e-portfolio the caller may read, newest activity first. */
export function useDocuments(enrollmentId: string) {
  return useQuery({
    queryKey: keys.documents(enrollmentId),
    queryFn: () =>
      unwrap(
        api.client.GET('/api/enrollments/{enrollment_id}/documents', { params: { path: { enrollment_id: enrollmentId } } }),
      ),
  });
}

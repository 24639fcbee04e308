import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import type { ActivityCode } from '../../api/types';
import { keys } from '../../lib/keys';
import { useProgram, useRequirementDefaults } from '../programs/queries';

export function useLog(id: string) {
  return useQuery({
    queryKey: keys.log(id),
    queryFn: () => unwrap(api.client.GET('/api/coaching-logs/{log_id}', { params: { path: { log_id: id } } })),
  });
}

/** A page of an enrollment's logs, newest first; the previous page shows while the next loads. */
export function useEnrollmentLogs(enrollmentId: string, page: number, perPage: number) {
  return useQuery({
    queryKey: [...keys.logs(enrollmentId), page],
    queryFn: () =>
      unwrap(
        api.client.GET('/api/enrollments/{enrollment_id}/coaching-logs', {
          params: { path: { enrollment_id: enrollmentId }, query: { page, per_page: perPage } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** The versions a log had before each change made after it was signed. */
export function useLogRevisions(id: string) {
  return useQuery({
    queryKey: keys.revisions(id),
    queryFn: () => unwrap(api.client.GET('/api/coaching-logs/{log_id}/revisions', { params: { path: { log_id: id } } })),
  });
}

/** The program's activity codes (the handbook's when the program has none of its own). */
export function useActivityCodes(programId: string | null | undefined): ActivityCode[] {
  const codes = useProgram(programId).data?.settings.activity_codes;
  const own = !!codes && codes.length > 0;
  const handbook = useRequirementDefaults({ enabled: !!codes && !own });
  return own ? codes : (handbook.data?.activity_codes ?? []);
}

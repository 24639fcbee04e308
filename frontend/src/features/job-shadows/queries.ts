import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';
import { loadExperience } from './experienceQueue';

export function useExperience(id: string) {
  return useQuery({ queryKey: keys.experience(id), queryFn: () => loadExperience(id) });
}

/** A candidate's job shadows and school visits, latest first. */
export function useExperiences(enrollmentId: string) {
  return useQuery({
    queryKey: keys.experiences(enrollmentId),
    queryFn: () =>
      unwrap(
        api.client.GET('/api/enrollments/{enrollment_id}/job-shadows-and-visits', {
          params: { path: { enrollment_id: enrollmentId } },
        }),
      ),
  });
}

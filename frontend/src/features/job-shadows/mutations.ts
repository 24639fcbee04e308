import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import { isApiError } from '../../api/problem';
import type { Experience, NewExperience } from '../../api/types';
import { keys } from '../../lib/keys';
import type { ExperienceQueue } from './experienceQueue';

/** A job shadow or visit the server answered with: cached as it is, the candidate's list read again. */
export function useExperienceSaved() {
  const queryClient = useQueryClient();
  return useCallback(
    (e: Experience) => {
      queryClient.setQueryData(keys.experience(e.id), e);
      void queryClient.invalidateQueries({ queryKey: keys.experiences(e.enrollment_id) });
    },
    [queryClient],
  );
}

/** The candidate starts one of a kind, on a date (422 naming what is wrong). */
export function useStartExperience(enrollmentId: string) {
  const saved = useExperienceSaved();
  return useMutation({
    mutationFn: (body: NewExperience) =>
      unwrap(
        api.client.POST('/api/enrollments/{enrollment_id}/job-shadows-and-visits', {
          params: { path: { enrollment_id: enrollmentId } },
          body,
        }),
      ),
    onSuccess: saved,
  });
}

/** What the form holds is saved, then it is submitted (422 naming each field missing). */
export function useSubmitExperience(queue: ExperienceQueue) {
  const saved = useExperienceSaved();
  return useMutation({
    mutationFn: async () => {
      const record = (await queue.saved())!;
      return unwrap(
        api.client.POST('/api/job-shadows-and-visits/{experience_id}/submit', {
          params: { path: { experience_id: record.id }, header: ifMatch(record.version) },
        }),
      );
    },
    onError: (err) => {
      // The stored version in the form (keeping what was typed), so that submitting again can work.
      if (isApiError(err) && err.isConflict) void queue.reload().catch(() => undefined);
    },
    onSuccess: (e) => {
      queue.replaceRecord(e);
      queue.discard();
      saved(e);
    },
  });
}

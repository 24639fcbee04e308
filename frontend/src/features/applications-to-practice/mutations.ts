import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import { isApiError } from '../../api/problem';
import type { ApplicationToPractice, AtpComment } from '../../api/types';
import { keys } from '../../lib/keys';
import type { AtpQueue } from './atpQueue';

/** An Application to Practice the server answered with: cached as it is, under its id and its enrollment. */
export function useAtpSaved() {
  const queryClient = useQueryClient();
  return useCallback(
    (atp: ApplicationToPractice) => {
      queryClient.setQueryData(keys.atp(atp.id), atp);
      queryClient.setQueryData(keys.enrollmentAtp(atp.enrollment_id), atp);
    },
    [queryClient],
  );
}

/** The candidate starts it (409 before the interim reflection is submitted). */
export function useStartAtp(enrollmentId: string) {
  const saved = useAtpSaved();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.client.POST('/api/enrollments/{enrollment_id}/application-to-practice', {
          params: { path: { enrollment_id: enrollmentId } },
        }),
      ),
    onSuccess: saved,
    // Started elsewhere meanwhile, or the interim reopened: what the page shows is read again.
    onError: () => void queryClient.invalidateQueries({ queryKey: keys.enrollmentAtp(enrollmentId) }),
  });
}

/** What the form holds is saved, then it is submitted (422 naming every field missing). */
export function useSubmitAtp(queue: AtpQueue) {
  const saved = useAtpSaved();
  return useMutation({
    mutationFn: async () => {
      const record = (await queue.saved())!;
      return unwrap(
        api.client.POST('/api/applications-to-practice/{atp_id}/submit', {
          params: { path: { atp_id: record.id }, header: ifMatch(record.version) },
        }),
      );
    },
    onError: (err) => {
      // The stored version in the form (keeping what was typed), so that submitting again can work.
      if (isApiError(err) && err.isConflict) void queue.reload().catch(() => undefined);
    },
    onSuccess: (atp) => {
      queue.replaceRecord(atp);
      queue.discard();
      saved(atp);
    },
  });
}

/** A comment on the whole, or on one element's plan (`element`, e.g. "2B"), given its text. */
export function useAddAtpComment(atpId: string, element?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      unwrap(
        api.client.POST('/api/applications-to-practice/{atp_id}/comments', {
          params: { path: { atp_id: atpId } },
          body: { element: element ?? null, body },
        }),
      ),
    onSuccess: (comment) => {
      queryClient.setQueryData<AtpComment[]>(keys.atpComments(atpId), (list) => (list ? [...list, comment] : [comment]));
    },
  });
}

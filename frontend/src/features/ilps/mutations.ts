import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import { ApiError, isApiError } from '../../api/problem';
import type { Ilp, IlpComment, IlpStatus } from '../../api/types';
import { keys } from '../../lib/keys';
import type { IlpQueue } from './ilpQueue';

/** After a plan changes: the candidate's list of plans and which standards they cover. */
export function useIlpsChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    (enrollmentId: string) => {
      void queryClient.invalidateQueries({ queryKey: keys.ilps(enrollmentId) });
      void queryClient.invalidateQueries({ queryKey: keys.ilpCoverage(enrollmentId) });
    },
    [queryClient],
  );
}

/** A plan the server answered with: cached as it is, its history and the lists refreshed. */
function useIlpSaved() {
  const queryClient = useQueryClient();
  const changed = useIlpsChanged();
  return (ilp: Ilp) => {
    queryClient.setQueryData(keys.ilp(ilp.id), ilp);
    void queryClient.invalidateQueries({ queryKey: keys.ilpRevisions(ilp.id) });
    changed(ilp.enrollment_id);
  };
}

function postStatus(ilp: Ilp, status: IlpStatus) {
  return unwrap(
    api.client.POST('/api/ilps/{ilp_id}/status', {
      params: { path: { ilp_id: ilp.id }, header: ifMatch(ilp.version) },
      body: { status },
    }),
  );
}

/** "Put into action" or "Complete" from the form: what the form holds is saved first. */
export function useFormStatusChange(queue: IlpQueue) {
  const saved = useIlpSaved();
  return useMutation({
    mutationFn: async (status: IlpStatus) => {
      const record = await queue.saved();
      if (!record) throw new Error('Fill in the plan first.');
      return postStatus(record, status);
    },
    onError: (err) => {
      // The stored version in the form (keeping what was typed), so that trying again can work;
      // if it cannot be read, the conflict message already says to reload.
      if (isApiError(err) && err.isConflict) void queue.reload().catch(() => undefined);
    },
    onSuccess: (ilp) => {
      queue.replaceRecord(ilp);
      queue.discard();
      saved(ilp);
    },
  });
}

/** "Reopen" a completed plan from its page. */
export function useStatusChange(ilp: Ilp) {
  const saved = useIlpSaved();
  return useMutation({ mutationFn: (status: IlpStatus) => postStatus(ilp, status), onSuccess: saved });
}

/** A change to a plan in action, saved with Save changes (each save keeps a revision). */
export function useSaveIlp(queue: IlpQueue) {
  const saved = useIlpSaved();
  return useMutation({
    mutationFn: () => queue.saved(),
    onSuccess: (ilp) => {
      if (ilp) saved(ilp);
    },
  });
}

/** Throws a draft away, and what the browser kept of it. */
export function useDiscardIlp(queue: IlpQueue) {
  const queryClient = useQueryClient();
  const changed = useIlpsChanged();
  return useMutation({
    mutationFn: async () => {
      const record = queue.getState().record!;
      const { response, error } = await api.client.DELETE('/api/ilps/{ilp_id}', {
        params: { path: { ilp_id: record.id }, header: ifMatch(record.version) },
      });
      if (!response.ok) throw ApiError.from(response, error);
      return record;
    },
    onSuccess: (record) => {
      queue.discard();
      queryClient.removeQueries({ queryKey: keys.ilp(record.id) });
      changed(record.enrollment_id);
    },
  });
}

/** A comment on the plan, or on one of its action steps (`stepId`), given its text. */
export function useAddIlpComment(ilpId: string, stepId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      unwrap(
        api.client.POST('/api/ilps/{ilp_id}/comments', { params: { path: { ilp_id: ilpId } }, body: { step_id: stepId, body } }),
      ),
    onSuccess: (comment) => {
      queryClient.setQueryData<IlpComment[]>(keys.ilpComments(ilpId), (list) => (list ? [...list, comment] : [comment]));
    },
  });
}

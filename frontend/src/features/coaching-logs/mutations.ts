import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import { ApiError, isApiError } from '../../api/problem';
import type { CoachingLog } from '../../api/types';
import { keys } from '../../lib/keys';
import type { LogQueue } from './logQueue';

/** After a log changes: its lists, the candidate's hours and every table that sums them. */
export function useLogsChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    (enrollmentId: string) => {
      void queryClient.invalidateQueries({ queryKey: ['enrollment', enrollmentId] });
      void queryClient.invalidateQueries({ queryKey: keys.caseload });
      void queryClient.invalidateQueries({ queryKey: ['program'], predicate: (q) => q.queryKey[2] === 'hours' });
    },
    [queryClient],
  );
}

/** A log the server answered with: cached as it is, its history and everything summing it refreshed. */
function useLogSaved() {
  const queryClient = useQueryClient();
  const changed = useLogsChanged();
  return (log: CoachingLog) => {
    queryClient.setQueryData(keys.log(log.id), log);
    void queryClient.invalidateQueries({ queryKey: keys.revisions(log.id) });
    changed(log.enrollment_id);
  };
}

/** The candidate's signature, with an optional comment. */
export function useAcknowledgeLog(log: CoachingLog) {
  const saved = useLogSaved();
  return useMutation({
    mutationFn: (comment: string) =>
      unwrap(
        api.client.POST('/api/coaching-logs/{log_id}/acknowledge', {
          params: { path: { log_id: log.id }, header: ifMatch(log.version) },
          body: { comment: comment || undefined },
        }),
      ),
    onSuccess: saved,
  });
}

/** A coordinator sends a signed log back to the coach, saying what to correct. */
export function useReturnLog(log: CoachingLog) {
  const saved = useLogSaved();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.client.POST('/api/coaching-logs/{log_id}/return', {
          params: { path: { log_id: log.id }, header: ifMatch(log.version) },
          body: { reason },
        }),
      ),
    onSuccess: saved,
  });
}

/** The coach's signature: the form is saved, then the log submitted for the candidate to acknowledge. */
export function useSubmitLog(queue: LogQueue) {
  const queryClient = useQueryClient();
  const changed = useLogsChanged();
  return useMutation({
    mutationFn: async () => {
      const record = await queue.saved();
      if (!record) throw new Error('Fill in the log before submitting it.');
      return unwrap(
        api.client.POST('/api/coaching-logs/{log_id}/submit', {
          params: { path: { log_id: record.id }, header: ifMatch(record.version) },
        }),
      );
    },
    onError: (err) => {
      // The stored version in the form (keeping what was typed), so that submitting again can work;
      // if it cannot be read, the conflict message already says to reload.
      if (isApiError(err) && err.isConflict) void queue.reload().catch(() => undefined);
    },
    onSuccess: (log) => {
      queue.replaceRecord(log);
      queue.discard();
      queryClient.setQueryData(keys.log(log.id), log);
      changed(log.enrollment_id);
    },
  });
}

/** A correction of a signed log, saved with the Save button (each save keeps a revision). */
export function useSaveSignedLog(queue: LogQueue) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => queue.saved(),
    onSuccess: (log) => {
      if (log) queryClient.setQueryData(keys.log(log.id), log);
    },
  });
}

/** Deletes a draft for good, and what the browser kept of it. */
export function useDeleteDraft(queue: LogQueue) {
  const changed = useLogsChanged();
  return useMutation({
    mutationFn: async () => {
      const record = queue.getState().record!;
      const { response, error } = await api.client.DELETE('/api/coaching-logs/{log_id}', {
        params: { path: { log_id: record.id }, header: ifMatch(record.version) },
      });
      if (!response.ok) throw ApiError.from(response, error);
      return record;
    },
    onSuccess: (record) => {
      queue.discard();
      changed(record.enrollment_id);
    },
  });
}

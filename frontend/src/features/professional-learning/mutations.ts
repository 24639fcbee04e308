import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import { ApiError, isApiError } from '../../api/problem';
import type { PlVerdict, ProfessionalLearning } from '../../api/types';
import { conflictCurrent } from '../../lib/autosave';
import { saveDownload } from '../../lib/download';
import { keys } from '../../lib/keys';
import type { PlQueue } from './plQueue';
import type { PlHoursFilter } from './queries';

/**
 * A record the server answered with: cached as it is; the candidate's list and hours, the
 * approval queue and the program's table read again.
 */
export function usePlSaved() {
  const queryClient = useQueryClient();
  return useCallback(
    (pl: ProfessionalLearning) => {
      queryClient.setQueryData(keys.pl(pl.id), pl);
      void queryClient.invalidateQueries({ queryKey: keys.plRecords(pl.enrollment_id) });
      void queryClient.invalidateQueries({ queryKey: keys.plHours(pl.enrollment_id) });
      void queryClient.invalidateQueries({ queryKey: keys.plQueue(pl.program_id) });
      void queryClient.invalidateQueries({ queryKey: keys.programPlHours(pl.program_id) });
    },
    [queryClient],
  );
}

/** What the form holds is saved, then it is submitted (422 naming the standards, placement or summary missing). */
export function useSubmitPl(queue: PlQueue) {
  const saved = usePlSaved();
  return useMutation({
    mutationFn: async () => {
      const record = await queue.saved();
      if (!record) throw new Error('Give the title, the date and the hours first.');
      return unwrap(
        api.client.POST('/api/professional-learning/{pl_id}/submit', {
          params: { path: { pl_id: record.id }, header: ifMatch(record.version) },
        }),
      );
    },
    onError: (err) => {
      // The stored version in the form (keeping what was typed), so that submitting again can work.
      if (isApiError(err) && err.isConflict) void queue.reload().catch(() => undefined);
    },
    onSuccess: (pl) => {
      queue.replaceRecord(pl);
      queue.discard();
      saved(pl);
    },
  });
}

export interface Decision {
  decision: PlVerdict;
  reason: string;
}

/**
 * A coordinator approves or denies the record as read (If-Match). Refused as stale (412): the
 * record as it is now, which the problem carries, is shown in its place.
 */
export function useDecidePl(pl: ProfessionalLearning) {
  const saved = usePlSaved();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Decision) =>
      unwrap(
        api.client.POST('/api/professional-learning/{pl_id}/decision', {
          params: { path: { pl_id: pl.id }, header: ifMatch(pl.version) },
          body,
        }),
      ),
    onSuccess: saved,
    onError: (err) => {
      if (!isApiError(err) || !err.isConflict) return;
      const current = conflictCurrent<ProfessionalLearning>(err);
      if (current) queryClient.setQueryData(keys.pl(current.id), current);
      else void queryClient.invalidateQueries({ queryKey: keys.pl(pl.id) });
      void queryClient.invalidateQueries({ queryKey: keys.plQueue(pl.program_id) });
    },
  });
}

async function downloadCsv(programId: string, query: PlHoursFilter) {
  const { data, error, response } = await api.client.GET('/api/programs/{program_id}/professional-learning-hours.csv', {
    params: { path: { program_id: programId }, query },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw ApiError.from(response, error);
  saveDownload(data as Blob, response, 'professional-learning-hours.csv');
}

/** The PL hours table as a CSV file, saved by the browser. */
export function useDownloadPlHoursCsv(programId: string) {
  return useMutation({ mutationFn: (filter: PlHoursFilter) => downloadCsv(programId, filter) });
}

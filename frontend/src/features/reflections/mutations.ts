import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import { ApiError, isApiError } from '../../api/problem';
import type { Reflection, Term } from '../../api/types';
import { saveDownload } from '../../lib/download';
import { keys } from '../../lib/keys';
import type { ProgramReflectionsFilter } from './queries';
import type { ReflectionQueue } from './reflectionQueue';

/**
 * A reflection the server answered with: cached as it is, and what summarises it refreshed (the
 * candidate's terms, their growth, the program's table).
 */
export function useReflectionSaved() {
  const queryClient = useQueryClient();
  return useCallback(
    (reflection: Reflection) => {
      queryClient.setQueryData(keys.reflection(reflection.id), reflection);
      void queryClient.invalidateQueries({ queryKey: keys.reflectionTerms(reflection.enrollment_id) });
      void queryClient.invalidateQueries({ queryKey: keys.growth(reflection.enrollment_id) });
      void queryClient.invalidateQueries({ queryKey: ['program'], predicate: (q) => q.queryKey[2] === 'reflections' });
    },
    [queryClient],
  );
}

/** The candidate starts a term's reflection. */
export function useStartReflection(enrollmentId: string) {
  const saved = useReflectionSaved();
  return useMutation({
    mutationFn: (term: Term) =>
      unwrap(
        api.client.POST('/api/enrollments/{enrollment_id}/reflections', {
          params: { path: { enrollment_id: enrollmentId } },
          body: { term },
        }),
      ),
    onSuccess: saved,
  });
}

/** What the form holds is saved, then the reflection submitted (422 naming every element missing). */
export function useSubmitReflection(queue: ReflectionQueue) {
  const saved = useReflectionSaved();
  return useMutation({
    mutationFn: async () => {
      const record = (await queue.saved())!;
      return unwrap(
        api.client.POST('/api/reflections/{reflection_id}/submit', {
          params: { path: { reflection_id: record.id }, header: ifMatch(record.version) },
        }),
      );
    },
    onError: (err) => {
      // The stored version in the form (keeping what was typed), so that submitting again can work.
      if (isApiError(err) && err.isConflict) void queue.reload().catch(() => undefined);
    },
    onSuccess: (reflection) => {
      queue.replaceRecord(reflection);
      queue.discard();
      saved(reflection);
    },
  });
}

/** A coordinator makes a submitted reflection editable again, saying why. */
export function useReopenReflection(reflection: Reflection) {
  const saved = useReflectionSaved();
  return useMutation({
    mutationFn: (reason: string) =>
      unwrap(
        api.client.POST('/api/reflections/{reflection_id}/reopen', {
          params: { path: { reflection_id: reflection.id }, header: ifMatch(reflection.version) },
          body: { reason },
        }),
      ),
    onSuccess: saved,
  });
}

async function downloadCsv(programId: string, query: ProgramReflectionsFilter) {
  const { data, error, response } = await api.client.GET('/api/programs/{program_id}/reflections.csv', {
    params: { path: { program_id: programId }, query },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw ApiError.from(response, error);
  saveDownload(data as Blob, response, 'reflections.csv');
}

/** The program's reflections and ILPs as a CSV file, saved by the browser. */
export function useDownloadReflectionsCsv(programId: string) {
  return useMutation({ mutationFn: (filter: ProgramReflectionsFilter) => downloadCsv(programId, filter) });
}

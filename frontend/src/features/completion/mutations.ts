import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import type { CompletionItem, CompletionVerification, Signer } from '../../api/types';
import { conflictCurrent } from '../../lib/autosave';
import { keys } from '../../lib/keys';

/** The form the server answered with replaces the cached one. */
function useFormSaved() {
  const queryClient = useQueryClient();
  return useCallback(
    (form: CompletionVerification) => queryClient.setQueryData(keys.completion(form.enrollment_id), form),
    [queryClient],
  );
}

/** Refused as stale (412): the form as it is now, which the problem carries, is shown in its place. */
function useShowCurrent(form: CompletionVerification) {
  const queryClient = useQueryClient();
  return useCallback(
    (err: unknown) => {
      const current = conflictCurrent<CompletionVerification>(err);
      if (current) queryClient.setQueryData(keys.completion(form.enrollment_id), current);
      else void queryClient.invalidateQueries({ queryKey: keys.completion(form.enrollment_id) });
    },
    [queryClient, form.enrollment_id],
  );
}

/** Confirms one item in the reader's column, as read (If-Match); a reason when the records do not show it met. */
export function useConfirmItem(form: CompletionVerification) {
  const saved = useFormSaved();
  const showCurrent = useShowCurrent(form);
  return useMutation({
    mutationFn: ({ item, reason }: { item: CompletionItem; reason: string | null }) =>
      unwrap(
        api.client.POST('/api/enrollments/{enrollment_id}/completion/confirmations', {
          params: { path: { enrollment_id: form.enrollment_id }, header: ifMatch(form.version) },
          body: reason ? { item, reason } : { item },
        }),
      ),
    onSuccess: saved,
    onError: showCurrent,
  });
}

/** Takes back the reader's confirmation of one item, before anyone has signed. */
export function useTakeBack(form: CompletionVerification) {
  const saved = useFormSaved();
  const showCurrent = useShowCurrent(form);
  return useMutation({
    mutationFn: (item: CompletionItem) =>
      unwrap(
        api.client.DELETE('/api/enrollments/{enrollment_id}/completion/confirmations/{item}', {
          params: { path: { enrollment_id: form.enrollment_id, item }, header: ifMatch(form.version) },
        }),
      ),
    onSuccess: saved,
    onError: showCurrent,
  });
}

/**
 * Signs as `signer`. The coordinator's signature completes the enrollment: its page, the
 * candidate's home and the program's lists read it again.
 */
export function useSign(form: CompletionVerification) {
  const saved = useFormSaved();
  const showCurrent = useShowCurrent(form);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (signer: Signer) =>
      unwrap(
        api.client.POST('/api/enrollments/{enrollment_id}/completion/signatures', {
          params: { path: { enrollment_id: form.enrollment_id }, header: ifMatch(form.version) },
          body: { signer },
        }),
      ),
    onSuccess: (signed) => {
      saved(signed);
      if (signed.status === form.status) return;
      for (const queryKey of [keys.enrollment(signed.enrollment_id), keys.myEnrollments, keys.enrollments(signed.program_id)]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
    onError: showCurrent,
  });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import type { ProgramRequest, RequestComment, RequestDecision, RequestForm } from '../../api/types';
import { orNull } from '../../components/forms';
import { conflictCurrent } from '../../lib/autosave';
import { keys } from '../../lib/keys';

/** A request the server answered with: cached as it is; the candidate's list and the program's queue read again. */
function useRequestSaved() {
  const queryClient = useQueryClient();
  return useCallback(
    (request: ProgramRequest) => {
      queryClient.setQueryData(keys.request(request.id), request);
      void queryClient.invalidateQueries({ queryKey: keys.requests(request.enrollment_id) });
      void queryClient.invalidateQueries({ queryKey: keys.requestQueue(request.program_id) });
    },
    [queryClient],
  );
}

/** Refused as stale (412): the request as it is now, which the problem carries, is shown in its place. */
function useShowCurrent() {
  const queryClient = useQueryClient();
  return useCallback(
    (request: ProgramRequest, err: unknown) => {
      const current = conflictCurrent<ProgramRequest>(err);
      if (current) queryClient.setQueryData(keys.request(current.id), current);
      else void queryClient.invalidateQueries({ queryKey: keys.request(request.id) });
    },
    [queryClient],
  );
}

/** The candidate (or a coordinator for them) submits one of the handbook's request forms. */
export function useSubmitRequest(enrollmentId: string) {
  const saved = useRequestSaved();
  return useMutation({
    mutationFn: (body: RequestForm) =>
      unwrap(
        api.client.POST('/api/enrollments/{enrollment_id}/requests', { params: { path: { enrollment_id: enrollmentId } }, body }),
      ),
    onSuccess: saved,
  });
}

/** The steps that change only the request, each with an optional note. */
export type PlainStep = 'review' | 'close' | 'cancel';

function postStep(step: PlainStep, request: ProgramRequest, note: string) {
  const init = { params: { path: { request_id: request.id }, header: ifMatch(request.version) }, body: { note: orNull(note) } };
  switch (step) {
    case 'review':
      return api.client.POST('/api/requests/{request_id}/review', init);
    case 'close':
      return api.client.POST('/api/requests/{request_id}/close', init);
    case 'cancel':
      return api.client.POST('/api/requests/{request_id}/cancel', init);
  }
}

/** Takes the request under review, closes it as done or cancels it, as read (If-Match). */
export function useRequestStep(request: ProgramRequest, step: PlainStep) {
  const saved = useRequestSaved();
  const showCurrent = useShowCurrent();
  return useMutation({
    mutationFn: (note: string) => unwrap(postStep(step, request, note)),
    onSuccess: saved,
    onError: (err) => showCurrent(request, err),
  });
}

/**
 * The decision, as read (If-Match). An approval changes more than the request (the enrollment's
 * status and years, its coach, its fees): all of the candidate's records are read again.
 */
export function useDecideRequest(request: ProgramRequest) {
  const saved = useRequestSaved();
  const showCurrent = useShowCurrent();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestDecision) =>
      unwrap(
        api.client.POST('/api/requests/{request_id}/decision', {
          params: { path: { request_id: request.id }, header: ifMatch(request.version) },
          body,
        }),
      ),
    onSuccess: (decided) => {
      saved(decided);
      const { enrollment_id, program_id } = decided;
      for (const queryKey of [
        keys.enrollment(enrollment_id),
        keys.myEnrollments,
        keys.myCandidates,
        keys.caseload,
        keys.enrollments(program_id),
        keys.receivables(program_id),
      ]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
    onError: (err) => showCurrent(request, err),
  });
}

export function useAddRequestComment(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      unwrap(api.client.POST('/api/requests/{request_id}/comments', { params: { path: { request_id: requestId } }, body: { body } })),
    onSuccess: (comment) => {
      queryClient.setQueryData<RequestComment[]>(keys.requestComments(requestId), (list) => (list ? [...list, comment] : [comment]));
    },
  });
}

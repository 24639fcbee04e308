import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import type { FollowUp, FollowUps, NewFollowUp } from '../../api/types';
import { orNull } from '../../components/forms';
import { conflictCurrent } from '../../lib/autosave';
import { useApp } from '../../lib/context';
import { keys } from '../../lib/keys';

/** `followUp` in place of the one with its id in the cached list, or first when it is new. */
function withFollowUp(list: FollowUps | undefined, followUp: FollowUp): FollowUps | undefined {
  if (!list) return list;
  const known = list.items.some((f) => f.id === followUp.id);
  const items = known ? list.items.map((f) => (f.id === followUp.id ? followUp : f)) : [followUp, ...list.items];
  return { ...list, items };
}

/**
 * A follow-up the server answered with: shown in the list at once; the list, the portfolio
 * review (its open follow-ups) and the homes' "What's next" read again.
 */
function useFollowUpSaved() {
  const queryClient = useQueryClient();
  const { programId } = useApp();
  return useCallback(
    (followUp: FollowUp) => {
      queryClient.setQueryData<FollowUps>(keys.followUps(followUp.enrollment_id), (list) => withFollowUp(list, followUp));
      void queryClient.invalidateQueries({ queryKey: keys.followUps(followUp.enrollment_id) });
      // The program's review and to-do lists; every program's when none is chosen.
      const programKeys = programId ? [keys.portfolioReview(programId), keys.toDo(programId)] : [['program']];
      for (const queryKey of programKeys) void queryClient.invalidateQueries({ queryKey });
    },
    [queryClient, programId],
  );
}

/** Refused as stale (412): the follow-up as it is now, which the problem carries, is shown in its place. */
function useShowCurrent() {
  const queryClient = useQueryClient();
  return useCallback(
    (followUp: FollowUp, err: unknown) => {
      const current = conflictCurrent<FollowUp>(err);
      if (current) queryClient.setQueryData<FollowUps>(keys.followUps(current.enrollment_id), (list) => withFollowUp(list, current));
      else void queryClient.invalidateQueries({ queryKey: keys.followUps(followUp.enrollment_id) });
    },
    [queryClient],
  );
}

/** "Contact the candidate": a message about what to follow up, open until resolved. */
export function useContactCandidate(enrollmentId: string) {
  const saved = useFollowUpSaved();
  return useMutation({
    mutationFn: (body: NewFollowUp) =>
      unwrap(
        api.client.POST('/api/enrollments/{enrollment_id}/follow-ups', { params: { path: { enrollment_id: enrollmentId } }, body }),
      ),
    onSuccess: saved,
  });
}

/** Resolves the follow-up as read (If-Match), with what came of it (optional). */
export function useResolveFollowUp(followUp: FollowUp) {
  const saved = useFollowUpSaved();
  const showCurrent = useShowCurrent();
  return useMutation({
    mutationFn: (note: string) =>
      unwrap(
        api.client.POST('/api/follow-ups/{follow_up_id}/resolve', {
          params: { path: { follow_up_id: followUp.id }, header: ifMatch(followUp.version) },
          body: { note: orNull(note) },
        }),
      ),
    onSuccess: saved,
    onError: (err) => showCurrent(followUp, err),
  });
}

/** Opens a resolved follow-up again, as read (If-Match). */
export function useReopenFollowUp(followUp: FollowUp) {
  const saved = useFollowUpSaved();
  const showCurrent = useShowCurrent();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.client.POST('/api/follow-ups/{follow_up_id}/reopen', {
          params: { path: { follow_up_id: followUp.id }, header: ifMatch(followUp.version) },
        }),
      ),
    onSuccess: saved,
    onError: (err) => showCurrent(followUp, err),
  });
}

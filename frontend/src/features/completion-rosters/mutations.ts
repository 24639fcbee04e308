import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import type { Roster } from '../../api/types';
import { saveFileAnswer } from '../../lib/download';
import { keys } from '../../lib/keys';

/** Puts the chosen recommended candidates on a new roster (a draft). */
export function useCreateRoster(programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (enrollmentIds: string[]) =>
      unwrap(
        api.client.POST('/api/programs/{program_id}/completion-rosters', {
          params: { path: { program_id: programId } },
          body: { enrollment_ids: enrollmentIds },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.completionRosters(programId) }),
  });
}

/** Marks a roster submitted to the credential office, as read (If-Match). */
export function useSubmitRoster(roster: Roster) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        api.client.POST('/api/completion-rosters/{roster_id}/submit', {
          params: { path: { roster_id: roster.id }, header: ifMatch(roster.version) },
        }),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: keys.completionRosters(roster.program_id) }),
  });
}

/** The roster as the credential office's CSV, saved by the browser. */
export function useDownloadRoster(roster: Roster) {
  return useMutation({
    mutationFn: () =>
      saveFileAnswer(
        api.client.GET('/api/completion-rosters/{roster_id}/roster.csv', {
          params: { path: { roster_id: roster.id } },
          parseAs: 'blob',
        }),
        'completion-roster.csv',
      ),
  });
}

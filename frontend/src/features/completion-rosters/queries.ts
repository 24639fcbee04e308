import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';

/** The program's completion rosters, newest first. */
export function useRosters(programId: string) {
  return useQuery({
    queryKey: keys.completionRosters(programId),
    queryFn: () =>
      unwrap(api.client.GET('/api/programs/{program_id}/completion-rosters', { params: { path: { program_id: programId } } })),
  });
}

/** One roster, for its printed page. */
export function useRoster(id: string) {
  return useQuery({
    queryKey: keys.completionRoster(id),
    queryFn: () => unwrap(api.client.GET('/api/completion-rosters/{roster_id}', { params: { path: { roster_id: id } } })),
  });
}

/** The program's recommended candidates (the roster's candidates to choose from). */
export function useRecommended(programId: string) {
  return useQuery({
    queryKey: [...keys.enrollments(programId), 'recommended'],
    queryFn: () =>
      unwrap(
        api.client.GET('/api/programs/{program_id}/enrollments', {
          params: { path: { program_id: programId }, query: { status: 'recommended', per_page: 100 } },
        }),
      ),
  });
}

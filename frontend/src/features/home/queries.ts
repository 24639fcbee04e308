import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';

/**
 * What the signed-in person must do next in the program, for every part they play in it, overdue
 * first. Computed from records others change: opening the home asks again.
 */
export function useToDo(programId: string) {
  return useQuery({
    queryKey: keys.toDo(programId),
    queryFn: () => unwrap(api.client.GET('/api/programs/{program_id}/to-do', { params: { path: { program_id: programId } } })),
    staleTime: 0,
  });
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';

/** A page of the program's audit log, newest first. */
export function useAuditLog(programId: string, page: number, perPage: number) {
  return useQuery({
    queryKey: [...keys.audit(programId), page],
    queryFn: () =>
      unwrap(
        api.client.GET('/api/programs/{program_id}/audit', {
          params: { path: { program_id: programId }, query: { page, per_page: perPage } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

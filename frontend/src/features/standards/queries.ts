import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';

/** The CPSEL standards with their elements; they do not change while the app runs. */
export function useStandards() {
  return useQuery({
    queryKey: keys.standards,
    queryFn: () => unwrap(api.client.GET('/api/standards')),
    staleTime: Infinity,
  });
}

import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';

/** The signed-in user and their memberships. */
export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: () => unwrap(api.client.GET('/api/me')) });
}

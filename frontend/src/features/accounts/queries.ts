import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';

/** A page of accounts matching `q` (name, username or email). */
export function useAccounts(q: string, page: number, perPage: number) {
  return useQuery({
    queryKey: [...keys.users, { q, page }],
    queryFn: () => unwrap(api.client.GET('/api/users', { params: { query: { q: q || undefined, page, per_page: perPage } } })),
    placeholderData: keepPreviousData,
  });
}

/** One account; none is asked for without an id. */
export function useAccount(id: string | null) {
  return useQuery({
    queryKey: [...keys.users, 'one', id],
    queryFn: () => unwrap(api.client.GET('/api/users/{user_id}', { params: { path: { user_id: id! } } })),
    enabled: !!id,
  });
}

/** The account picker's search; nothing is searched until `q` is set. */
export function useAccountSearch(q: string | null) {
  return useQuery({
    queryKey: [...keys.users, 'picker', q],
    queryFn: () => unwrap(api.client.GET('/api/users', { params: { query: { q: q || undefined, per_page: 20, page: 1 } } })),
    enabled: q !== null,
  });
}

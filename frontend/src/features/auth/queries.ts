import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';

/** The signed-in user and their memberships. */
export function useMe() {
  return useQuery({ queryKey: keys.me, queryFn: () => unwrap(api.client.GET('/api/me')) });
}

/** Whether the installation sends email, asked signed out too; it holds while the server runs. */
export function useAuthSettings() {
  return useQuery({
    queryKey: keys.authSettings,
    queryFn: () => unwrap(api.client.GET('/api/auth/settings')),
    staleTime: Infinity,
  });
}

/** Whom a password link is for; nothing is asked without its secret. */
export function usePasswordLink(token: string | null) {
  return useQuery({
    queryKey: keys.passwordLink(token ?? ''),
    queryFn: () => unwrap(api.client.POST('/api/auth/password-link', { body: { token: token! } })),
    enabled: !!token,
    // Asked again after the password is set, it would answer that the link was used.
    staleTime: Infinity,
  });
}

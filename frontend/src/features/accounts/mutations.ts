import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import type { NewUser, User, UserChange } from '../../api/types';
import { keys } from '../../lib/keys';

function useAccountsChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: keys.users });
}

export function useCreateAccount() {
  const changed = useAccountsChanged();
  return useMutation({
    mutationFn: (body: NewUser) => unwrap(api.client.POST('/api/users', { body })),
    onSuccess: () => void changed(),
  });
}

/** Name and email of an account (`useToggleAccountStatus` disables or enables it). */
export function useSaveAccount(user: User) {
  const changed = useAccountsChanged();
  return useMutation({
    mutationFn: (body: UserChange) =>
      unwrap(
        api.client.PATCH('/api/users/{user_id}', {
          params: { path: { user_id: user.id }, header: ifMatch(user.version) },
          body,
        }),
      ),
    onSuccess: () => void changed(),
  });
}

/** Disables an active account, enables a disabled one. */
export function useToggleAccountStatus() {
  const changed = useAccountsChanged();
  return useMutation({
    mutationFn: (u: User) =>
      unwrap(
        api.client.PATCH('/api/users/{user_id}', {
          params: { path: { user_id: u.id }, header: ifMatch(u.version) },
          body: { status: u.status === 'active' ? 'disabled' : 'active' },
        }),
      ),
    onSettled: changed,
  });
}

/** Emails an account a new link to choose its password (for a lost invitation, or a password it cannot reset itself). */
export function useSendPasswordLink() {
  return useMutation({
    mutationFn: (u: User) =>
      unwrap(api.client.POST('/api/users/{user_id}/invitation', { params: { path: { user_id: u.id } } })),
  });
}

import { useMutation } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';

/** Asks for a link to choose a new password; the answer is the same whether or not an account has the address. */
export function useAskPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => unwrap(api.client.POST('/api/auth/password-reset', { body: { email } })),
  });
}

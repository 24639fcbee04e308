import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';

/** Once marked, the list and the header's count read again. */
function useMarkRead<V>(mark: (v: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mark,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.notifications }),
  });
}

/** Marks one of the person's notifications read (reading it again keeps the first time). */
export function useMarkNotificationRead() {
  return useMarkRead((id: string) =>
    unwrap(api.client.POST('/api/me/notifications/{notification_id}/read', { params: { path: { notification_id: id } } })),
  );
}

/** "Mark all read". */
export function useMarkAllNotificationsRead() {
  return useMarkRead(() => unwrap(api.client.POST('/api/me/notifications/read')));
}

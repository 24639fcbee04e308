import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import type { Preference, UnsubscribeLink } from '../../api/types';
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

/** Changes the kinds listed (the others stay as they are); the answer, every choice, is shown at once. */
export function useSaveNotificationPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: Preference[]) => unwrap(api.client.PATCH('/api/me/notification-preferences', { body: { items } })),
    onSuccess: (preferences) => queryClient.setQueryData(keys.notificationPreferences, preferences),
  });
}

/**
 * Stops what an emailed link names, signed in or not: the link says whose emails they are.
 * Whoever is signed in here may be that person, so their email settings read again.
 */
export function useUnsubscribe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (link: UnsubscribeLink) => unwrap(api.client.POST('/api/unsubscribe', { params: { query: link } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: keys.notificationPreferences }),
  });
}

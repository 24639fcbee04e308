import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import type { EmailStatus } from '../../api/types';
import { keys } from '../../lib/keys';

/**
 * The signed-in person's latest notifications and how many are unread. Others' changes make
 * them, so the header's count asks again every minute and when the window comes back into focus.
 */
export function useNotifications() {
  return useQuery({
    queryKey: keys.notifications,
    queryFn: () => unwrap(api.client.GET('/api/me/notifications')),
    staleTime: 0,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}

/** A page of the email delivery log, newest first, in one status or all (`''`). */
export function useDeliveries(status: EmailStatus | '', page: number, perPage: number) {
  return useQuery({
    queryKey: [...keys.deliveries(status), page],
    queryFn: () =>
      unwrap(
        api.client.GET('/api/notification-deliveries', {
          params: { query: { email_status: status || undefined, page, per_page: perPage } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** How the signed-in person wants each kind of notification emailed. */
export function useNotificationPreferences() {
  return useQuery({
    queryKey: keys.notificationPreferences,
    queryFn: () => unwrap(api.client.GET('/api/me/notification-preferences')),
  });
}

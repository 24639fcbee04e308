import { NavLink } from 'react-router';
import { useNotifications } from '../features/notifications/queries';
import '../features/notifications/notifications.css';

/**
 * The header's way to the notifications, with how many are unread: a badge to see, words to
 * hear ("Notifications, 3 unread", as a label every browser reads the same). No count is shown
 * until it is known.
 */
export function NotificationBell() {
  const unread = useNotifications().data?.unread_count ?? 0;
  return (
    <NavLink
      to="/notifications"
      className="header-link notification-bell"
      aria-label={unread > 0 ? `Notifications, ${unread} unread` : undefined}
    >
      Notifications
      {unread > 0 && <span className="badge notification-count">{unread}</span>}
    </NavLink>
  );
}

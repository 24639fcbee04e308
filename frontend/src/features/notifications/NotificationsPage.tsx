import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Notification } from '../../api/types';
import { ErrorBox, QueryView } from '../../components/ui';
import { formatInstant, labelOf } from '../../lib/labels';
import { useMarkAllNotificationsRead, useMarkNotificationRead } from './mutations';
import { NOTICE_KIND_LABELS } from './notificationLabels';
import { useNotifications } from './queries';
import './notifications.css';

/**
 * `/notifications`: the signed-in person's latest notifications, newest first, the unread ones
 * marked; each leads to its record. Their email settings are a link away.
 */
export function NotificationsPage() {
  const query = useNotifications();
  const markAll = useMarkAllNotificationsRead();
  return (
    <>
      <div className="page-title">
        <h1>Notifications</h1>
        <div className="actions">
          <Link to="/notifications/settings">Email settings</Link>
          {!!query.data?.unread_count && (
            <button type="button" className="secondary" disabled={markAll.isPending} onClick={() => markAll.mutate()}>
              Mark all read
            </button>
          )}
        </div>
      </div>
      {markAll.error ? <ErrorBox error={markAll.error} /> : null}
      <QueryView query={query} what="Loading your notifications">
        {(data) =>
          data.items.length === 0 ? (
            <p>Nothing new.</p>
          ) : (
            <ul className="notification-list">
              {data.items.map((n) => (
                <NotificationItem key={n.id} notification={n} />
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}

/** One notification: its title, a link to its record; what it says; what it is about and when. */
function NotificationItem({ notification: n }: { notification: Notification }) {
  const navigate = useNavigate();
  const markRead = useMarkNotificationRead();
  const unread = !n.read_at;
  // Opening an unread one marks it read first, so the header's count is right on arrival. With a
  // modifier key the browser opens the link elsewhere, as it would; it is marked all the same.
  const open = (e: MouseEvent) => {
    if (!unread) return;
    const here = !(e.metaKey || e.ctrlKey || e.shiftKey || e.altKey);
    if (here) e.preventDefault();
    // The record opens even if the mark failed: it is what the person came for.
    markRead.mutate(n.id, { onSettled: here ? () => void navigate(n.link) : undefined });
  };
  return (
    <li className={unread ? 'notification notification-unread' : 'notification'}>
      <div className="notification-title">
        {/* A label, not hidden text: browsers space hidden text differently in a link's name. */}
        <Link to={n.link} onClick={open} aria-label={unread ? `${n.title}, unread` : undefined}>
          {n.title}
        </Link>
      </div>
      <p className="notification-body">{n.body}</p>
      <p className="notification-meta muted">
        {labelOf(NOTICE_KIND_LABELS, n.kind)} · <time dateTime={n.created_at}>{formatInstant(n.created_at)}</time>
      </p>
    </li>
  );
}

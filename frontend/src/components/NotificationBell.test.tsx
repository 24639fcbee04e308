import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../api';
import { jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../test/render';
import { NotificationBell } from './NotificationBell';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

/** The server holds `unread` unread notifications (changed by assigning `served.unread`). */
function open(unread: number) {
  const served = { unread };
  serve((_m, path) =>
    path === '/api/me/notifications'
      ? jsonResponse(200, { items: [], unread_count: served.unread })
      : jsonResponse(404, { status: 404, title: 'Not Found' }),
  );
  renderWithApp(<NotificationBell />);
  return served;
}

describe('the header’s notifications', () => {
  it('shows how many are unread, and says it in words', async () => {
    open(3);
    const link = await screen.findByRole('link', { name: 'Notifications, 3 unread' });
    expect(link).toHaveAttribute('href', '/notifications');
    expect(within(link).getByText('3')).toHaveClass('badge');
  });

  it('asks again every minute, and shows no count once all are read', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const served = open(1);
    expect(await screen.findByRole('link', { name: 'Notifications, 1 unread' })).toBeInTheDocument();
    served.unread = 2;
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(await screen.findByRole('link', { name: 'Notifications, 2 unread' })).toBeInTheDocument();
    served.unread = 0;
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    const link = await screen.findByRole('link', { name: 'Notifications' });
    expect(link).toHaveTextContent(/^Notifications$/);
  });

  it('asks again when the person comes back to the window', async () => {
    const served = open(1);
    expect(await screen.findByRole('link', { name: 'Notifications, 1 unread' })).toBeInTheDocument();
    served.unread = 4;
    act(() => void window.dispatchEvent(new Event('visibilitychange')));
    expect(await screen.findByRole('link', { name: 'Notifications, 4 unread' })).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { Notification } from '../../api/types';
import { formatInstant } from '../../lib/labels';
import { jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { NotificationsPage } from './NotificationsPage';
import { LOG_ID, notification, readFollowUp } from './testData';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

const READ_ALL = '/api/me/notifications/read';

/**
 * The person's notifications page, with a log's page to go to; the server keeps what it is sent
 * (in order, with whether the log was shown by then) and marks read as the API does.
 */
function open(items: Notification[]) {
  let list = [...items];
  const sent: string[] = [];
  serve((method, path) => {
    if (method === 'GET' && path === '/api/me/notifications') {
      return jsonResponse(200, { items: list, unread_count: list.filter((n) => !n.read_at).length });
    }
    sent.push(`${method} ${path}${screen.queryByRole('heading', { name: 'The log' }) ? ' (log shown)' : ''}`);
    const read = (n: Notification) => ({ ...n, read_at: n.read_at ?? '2026-12-07T19:00:00Z' });
    if (method === 'POST' && path === READ_ALL) list = list.map(read);
    else if (method === 'POST' && path.endsWith('/read')) list = list.map((n) => (path.includes(`/${n.id}/`) ? read(n) : n));
    else return jsonResponse(404, { status: 404, title: 'Not Found' });
    return new Response(null, { status: 204 });
  });
  renderWithApp(
    <Routes>
      <Route path="/notifications" element={<NotificationsPage />} />
      <Route path="/coaching-logs/:id" element={<h1>The log</h1>} />
      <Route path="/enrollments/:id/follow-ups" element={<h1>The follow-ups</h1>} />
    </Routes>,
    undefined,
    '/notifications',
  );
  return { user: userEvent.setup(), sent };
}

const items = () => screen.findAllByRole('listitem');

describe('the person’s notifications', () => {
  it('lists them newest first, the unread ones marked, each with what it says, what it is about and when', async () => {
    open([notification(), readFollowUp]);
    const [unread, read] = await items();

    expect(within(unread!).getByRole('link', { name: 'Coaching log of 2026-12-03 to acknowledge, unread' })).toHaveAttribute(
      'href',
      `/coaching-logs/${LOG_ID}`,
    );
    expect(unread).toHaveClass('notification-unread');
    expect(unread).toHaveTextContent('Maya Rivera submitted the coaching log of your session on 2026-12-03.');
    expect(unread).toHaveTextContent('Coaching log to acknowledge ·');
    expect(within(unread!).getByText(formatInstant('2026-12-07T18:00:00Z'))).toHaveAttribute('datetime', '2026-12-07T18:00:00Z');

    expect(within(read!).getByRole('link', { name: 'A message from your program coordinator' })).toBeInTheDocument();
    expect(read).not.toHaveClass('notification-unread');
    expect(read).toHaveTextContent('Follow-up ·');
  });

  it('marks an unread one read as it opens it, then shows its record', async () => {
    const { user, sent } = open([notification(), readFollowUp]);
    const [unread] = await items();
    await user.click(within(unread!).getByRole('link'));

    expect(await screen.findByRole('heading', { name: 'The log' })).toBeInTheDocument();
    expect(sent).toEqual(['POST /api/me/notifications/n-1/read']);
  });

  it('opens a read one without marking it again', async () => {
    const { user, sent } = open([notification(), readFollowUp]);
    const [, read] = await items();
    await user.click(within(read!).getByRole('link'));

    expect(await screen.findByRole('heading', { name: 'The follow-ups' })).toBeInTheDocument();
    expect(sent).toEqual([]);
  });

  it('marks them all read', async () => {
    const { user, sent } = open([notification(), notification({ id: 'n-2', created_at: '2026-12-06T18:00:00Z' }), readFollowUp]);
    expect(await screen.findAllByRole('link', { name: /, unread$/ })).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Mark all read' }));

    await waitFor(() => expect(screen.queryAllByRole('link', { name: /, unread$/ })).toHaveLength(0));
    expect(sent).toEqual([`POST ${READ_ALL}`]);
    expect(screen.queryByRole('button', { name: 'Mark all read' })).not.toBeInTheDocument();
    expect(await items()).toHaveLength(3);
  });

  it('says when there is nothing', async () => {
    open([]);
    expect(await screen.findByText('Nothing new.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark all read' })).not.toBeInTheDocument();
  });

  it('leads to the email settings', async () => {
    open([notification()]);
    expect(await screen.findByRole('link', { name: 'Email settings' })).toHaveAttribute('href', '/notifications/settings');
  });
});

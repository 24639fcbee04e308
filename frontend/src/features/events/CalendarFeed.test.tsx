import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { CalendarFeed } from '../../api/types';
import { PROGRAM_ID, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { EventDetail } from './EventDetail';
import { Events } from './Events';
import { EVENT_ID, programEvent } from './testData';

const FEED_PATH = '/api/calendar-feeds/s3cr3t-address/events.ics';
const MADE_AT = '2026-09-01T16:00:00Z';
const NONE: CalendarFeed = { active: false, created_at: null, path: null };

const notFound = () => jsonResponse(404, { title: 'Not Found', status: 404 });

/** The server's feed: POST makes one (its path in that answer only), DELETE revokes it. */
function serveFeed(initial: CalendarFeed = NONE) {
  let feed = initial;
  return serve((method, path) => {
    if (path === `/api/programs/${PROGRAM_ID}/events`) return jsonResponse(200, [programEvent()]);
    if (path === `/api/events/${EVENT_ID}`) return jsonResponse(200, programEvent());
    if (path === '/api/me/calendar-feed') {
      if (method === 'GET') return jsonResponse(200, feed);
      if (method === 'POST') {
        feed = { active: true, created_at: MADE_AT, path: null };
        return jsonResponse(201, { ...feed, path: FEED_PATH });
      }
      if (method === 'DELETE') {
        feed = NONE;
        return new Response(null, { status: 204 });
      }
    }
    return notFound();
  });
}

const calls = (fetch: ReturnType<typeof serve>) => fetch.mock.calls.map(([req]) => `${req.method} ${new URL(req.url).pathname}`);

/** The Events page with its calendar feed panel opened. */
async function openPanel(user: ReturnType<typeof userEvent.setup>) {
  renderWithApp(
    <Routes>
      <Route path="/events" element={<Events />} />
    </Routes>,
    undefined,
    '/events',
  );
  const summary = await screen.findByText('Calendar feed', { selector: 'summary' });
  await user.click(summary);
  return within(summary.closest('details')!);
}

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

describe('the calendar feed', () => {
  it('is asked for only once the panel is opened', async () => {
    const fetch = serveFeed();
    const user = userEvent.setup();
    renderWithApp(<Events />, undefined, '/events');
    expect(await screen.findByRole('article', { name: 'Candidate Cohort Meeting' })).toBeInTheDocument();
    expect(calls(fetch)).not.toContain('GET /api/me/calendar-feed');
    await user.click(screen.getByText('Calendar feed', { selector: 'summary' }));
    expect(await screen.findByRole('button', { name: 'Make my calendar feed' })).toBeInTheDocument();
    expect(calls(fetch)).toContain('GET /api/me/calendar-feed');
  });

  it('shows the absolute address once, when made, to copy', async () => {
    const fetch = serveFeed();
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    const panel = await openPanel(user);
    await user.click(await panel.findByRole('button', { name: 'Make my calendar feed' }));

    const address = await panel.findByRole('textbox', { name: 'Your calendar feed’s address' });
    const url = `${window.location.origin}${FEED_PATH}`;
    expect(address).toHaveValue(url);
    expect(address).toHaveAttribute('readonly');
    expect(address).toHaveAccessibleDescription(
      'Shown once: keep it private. Anyone with this address sees your registered events. Make a new one to revoke this one.',
    );
    expect(calls(fetch)).toContain('POST /api/me/calendar-feed');
    await user.click(panel.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(url);
    expect(panel.getByRole('status')).toHaveTextContent('Copied.');
  });

  it('selects the address when the clipboard is refused', async () => {
    serveFeed();
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'));
    const panel = await openPanel(user);
    await user.click(await panel.findByRole('button', { name: 'Make my calendar feed' }));
    const address = await panel.findByRole<HTMLInputElement>('textbox', { name: 'Your calendar feed’s address' });
    await user.click(panel.getByRole('button', { name: 'Copy' }));
    expect(panel.getByRole('status')).toHaveTextContent(/^Selected: copy it/);
    expect(address.selectionStart).toBe(0);
    expect(address.selectionEnd).toBe(address.value.length);
  });

  it('no longer shows the address later: it says when the feed was made', async () => {
    serveFeed({ active: true, created_at: MADE_AT, path: null });
    const user = userEvent.setup();
    const panel = await openPanel(user);
    expect(await panel.findByText(/Your calendar feed was made on/)).toBeInTheDocument();
    expect(panel.queryByRole('textbox')).not.toBeInTheDocument();
    expect(panel.getByRole('button', { name: 'Make a new address' })).toBeInTheDocument();
  });

  it('makes a new address after asking: the old one is revoked', async () => {
    const fetch = serveFeed({ active: true, created_at: '2026-08-01T16:00:00Z', path: null });
    const user = userEvent.setup();
    const panel = await openPanel(user);
    await user.click(await panel.findByRole('button', { name: 'Make a new address' }));
    expect(panel.getByText('The old address stops working in every calendar subscribed to it.')).toBeInTheDocument();
    await user.click(panel.getByRole('button', { name: 'Yes, make a new address' }));
    expect(await panel.findByRole('textbox', { name: 'Your calendar feed’s address' })).toHaveValue(
      `${window.location.origin}${FEED_PATH}`,
    );
    expect(calls(fetch).filter((c) => c.startsWith('POST'))).toEqual(['POST /api/me/calendar-feed']);
    expect(panel.queryByRole('button', { name: /^Yes/ })).not.toBeInTheDocument();
  });

  it('turns the feed off with DELETE, and offers to make one again', async () => {
    const fetch = serveFeed();
    const user = userEvent.setup();
    const panel = await openPanel(user);
    await user.click(await panel.findByRole('button', { name: 'Make my calendar feed' }));
    await panel.findByRole('textbox', { name: 'Your calendar feed’s address' });

    await user.click(panel.getByRole('button', { name: 'Turn off the feed' }));
    await user.click(panel.getByRole('button', { name: 'Yes, turn it off' }));
    expect(await panel.findByRole('button', { name: 'Make my calendar feed' })).toBeInTheDocument();
    expect(panel.queryByRole('textbox')).not.toBeInTheDocument();
    expect(panel.getByText(/through a private address/)).toBeInTheDocument();
    expect(calls(fetch)).toContain('DELETE /api/me/calendar-feed');
  });
});

describe('add to calendar', () => {
  it('downloads the event’s .ics with the session’s token, named after the event', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n';
    const requests: Request[] = [];
    serve((_method, path, req) => {
      if (path === `/api/events/${EVENT_ID}`) return jsonResponse(200, programEvent({ title: 'Cohort Meeting 9/24' }));
      if (path === `/api/events/${EVENT_ID}/calendar.ics`) {
        requests.push(req);
        return new Response(ics, {
          status: 200,
          headers: { 'Content-Type': 'text/calendar', 'Content-Disposition': 'attachment; filename="event.ics"' },
        });
      }
      return notFound();
    });
    const saved: { name: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    });
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:ics');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const user = userEvent.setup();
    renderWithApp(
      <Routes>
        <Route path="/events/:id" element={<EventDetail />} />
      </Routes>,
      undefined,
      `/events/${EVENT_ID}`,
    );

    // (jsdom joins the hidden " for …" without its space.)
    const link = await screen.findByRole('link', { name: /^Add to calendar \(\.ics\) ?for Cohort Meeting 9\/24$/ });
    expect(link).toHaveAttribute('href', `/api/events/${EVENT_ID}/calendar.ics`);
    await user.click(link);
    await waitFor(() => expect(saved).toEqual([{ name: 'Cohort Meeting 9-24.ics', href: 'blob:ics' }]));
    expect(requests).toHaveLength(1);
    expect(requests[0]!.method).toBe('GET');
    expect(requests[0]!.headers.get('Authorization')).toBe('Bearer access-1');
    expect(await (createObjectURL.mock.calls[0]![0] as Blob).text()).toBe(ics);
  });

  it('says so when the file cannot be had', async () => {
    serve((_method, path) => {
      if (path === `/api/events/${EVENT_ID}`) return jsonResponse(200, programEvent());
      if (path === `/api/events/${EVENT_ID}/calendar.ics`) {
        return jsonResponse(404, { title: 'Not found', status: 404, detail: 'event not found' });
      }
      return notFound();
    });
    const user = userEvent.setup();
    renderWithApp(
      <Routes>
        <Route path="/events/:id" element={<EventDetail />} />
      </Routes>,
      undefined,
      `/events/${EVENT_ID}`,
    );
    await user.click(await screen.findByRole('link', { name: /^Add to calendar \(\.ics\)/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/event not found/i);
  });
});

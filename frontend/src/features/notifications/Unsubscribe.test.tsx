import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { sessionStore } from '../../api';
import { jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { Unsubscribe } from './Unsubscribe';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

const USER = '33333333-3333-3333-3333-333333333333';
const link = (kind: string, sig = 'c2lnbmVk') => `/unsubscribe?user=${USER}&kind=${kind}&sig=${sig}`;

/** The server answers an unsubscribe with `answer`; it keeps every request, with its query and whether it carried a token. */
function server(answer: () => Response = () => jsonResponse(200, { kind: 'follow_up', email: 'off' })) {
  const asked: string[] = [];
  serve((method, path, req) => {
    const url = new URL(req.url);
    asked.push(`${method} ${path}?${url.searchParams.toString()} ${req.headers.get('Authorization') ?? 'no token'}`);
    return path === '/api/unsubscribe' ? answer() : jsonResponse(404, { status: 404, title: 'Not Found' });
  });
  return asked;
}

function openLink(route: string) {
  renderWithApp(<Unsubscribe />, undefined, route);
  return userEvent.setup();
}

describe('the unsubscribe page', () => {
  it('asks first, and stops the kind only once the button is pressed', async () => {
    const asked = server();
    const user = openLink(link('follow_up'));

    expect(screen.getByRole('heading', { level: 1, name: 'Stop emails about “Follow-up”?' })).toBeInTheDocument();
    expect(screen.getByText(/still lists these notifications/)).toBeInTheDocument();
    // Mail scanners open links: opening it stops nothing.
    expect(asked).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Stop these emails' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Done: you will no longer get these emails. You can change this under Notifications → Email settings.',
    );
    expect(screen.getByRole('link', { name: 'Notifications → Email settings' })).toHaveAttribute('href', '/notifications/settings');
    expect(asked).toEqual([`POST /api/unsubscribe?user=${USER}&kind=follow_up&sig=c2lnbmVk no token`]);
  });

  it('stops the daily digest', async () => {
    const asked = server(() => jsonResponse(200, { kind: 'daily_digest', email: 'off' }));
    const user = openLink(link('daily_digest'));

    expect(screen.getByRole('heading', { level: 1, name: 'Stop the daily digest?' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stop the daily digest' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Done: you will no longer get these emails.');
    expect(asked).toHaveLength(1);
  });

  it('carries no token where someone is signed in: the link says whose emails stop', async () => {
    signInAsCoordinator();
    const asked = server();
    const user = openLink(link('log_submitted'));
    await user.click(screen.getByRole('button', { name: 'Stop these emails' }));
    await screen.findByRole('status');
    expect(asked).toEqual([`POST /api/unsubscribe?user=${USER}&kind=log_submitted&sig=c2lnbmVk no token`]);
  });

  it.each([
    ['sig', 'this link is not one Coachfolio made: choose what you get under Notifications'],
    ['kind', 'is not a kind of email one can stop'],
  ])('says the link is not valid when the server refuses its %s', async (field, message) => {
    server(() => jsonResponse(422, { status: 422, title: 'Validation failed', errors: [{ field, message }] }));
    const user = openLink(link('invitation', 'forged'));
    await user.click(screen.getByRole('button', { name: 'Stop these emails' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'This link is not valid' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Notifications → Email settings' })).toHaveAttribute('href', '/notifications/settings');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it.each([
    ['without its signature', `/unsubscribe?user=${USER}&kind=follow_up`],
    ['about nothing one gets emails about', link('spam')],
  ])('says a link %s is not valid, without asking the server', (_, route) => {
    const asked = server();
    openLink(route);
    expect(screen.getByRole('heading', { level: 1, name: 'This link is not valid' })).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(asked).toEqual([]);
  });

  it('keeps the button when the server cannot be reached', async () => {
    serve(() => {
      throw new TypeError('Failed to fetch');
    });
    const user = openLink(link('follow_up'));
    await user.click(screen.getByRole('button', { name: 'Stop these emails' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The server could not be reached');
    expect(screen.getByRole('button', { name: 'Stop these emails' })).toBeEnabled();
  });
});

describe('the app', () => {
  function renderApp(route: string) {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[route]}>
          <App />
        </MemoryRouter>
      </QueryClientProvider>,
    );
  }

  it('opens an unsubscribe link signed out', () => {
    const asked = server();
    renderApp(link('follow_up'));
    expect(screen.getByRole('heading', { level: 1, name: 'Stop emails about “Follow-up”?' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/username or email/i)).not.toBeInTheDocument();
    expect(asked).toEqual([]);
  });

  it('opens an unsubscribe link where someone is signed in, outside their pages', () => {
    signInAsCoordinator();
    const asked = server();
    renderApp(link('follow_up'));
    expect(screen.getByRole('heading', { level: 1, name: 'Stop emails about “Follow-up”?' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(asked).toEqual([]);
  });
});

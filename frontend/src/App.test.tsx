import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { App } from './App';
import { sessionStore } from './api';
import { PROGRAM_ID, coordinator, jsonResponse, meAs } from './test/render';

function renderApp() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <App />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const pair = (must_change_password: boolean) => ({
  access_token: 'a',
  refresh_token: 'r',
  token_type: 'Bearer',
  expires_in: 900,
  must_change_password,
  user: { ...coordinator, must_change_password },
});

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

describe('App', () => {
  it('signs in and shows the home for what the person may do', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (req: Request) => {
        const path = new URL(req.url).pathname;
        if (path === '/api/auth/refresh') return jsonResponse(401, { title: 'Unauthorized', status: 401, detail: 'no cookie' });
        if (path === '/api/auth/login') return jsonResponse(200, pair(false));
        if (path === '/api/me') {
          return jsonResponse(200, meAs('coordinator'));
        }
        if (path === `/api/programs/${PROGRAM_ID}/overview`) {
          return jsonResponse(200, {
            program: { id: PROGRAM_ID, name: 'Demo County CASC', organisation: 'Demo County Office of Education' },
            enrollments_by_status: { enrolled: 3 },
            cohorts: [],
            coaches: 2,
            candidates_without_coach: 0,
          });
        }
        return jsonResponse(404, { title: 'Not Found', status: 404, detail: path });
      }),
    );
    const user = userEvent.setup();
    renderApp();
    // No refresh cookie: the sign-in form.
    await user.type(await screen.findByLabelText(/username or email/i), 'coordinator');
    await user.type(screen.getByLabelText(/^password/i), 'coachfolio-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Welcome, Casey Coordinator' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Demo County CASC' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enrollments' })).toBeInTheDocument();
    // The coordinator handles the program's requests (`handle_requests`).
    expect(screen.getByRole('link', { name: 'Requests' })).toHaveAttribute('href', '/requests');
  });

  it('shows only the password screen while a new password is required', async () => {
    const fetch = vi.fn(async (req: Request) =>
      new URL(req.url).pathname === '/api/auth/refresh'
        ? jsonResponse(401, { title: 'Unauthorized', status: 401, detail: 'no cookie' })
        : jsonResponse(200, pair(true)),
    );
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderApp();
    await user.type(await screen.findByLabelText(/username or email/i), 'new.person');
    await user.type(screen.getByLabelText(/^password/i), 'temporary-pass-1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    // Without a refresh cookie the server is not asked for one: the sign-in alone (beside the
    // sign-in page's question whether email is on).
    const asked = fetch.mock.calls.map(([req]) => new URL(req.url).pathname).filter((p) => p !== '/api/auth/settings');
    expect(asked).toEqual(['/api/auth/login']);
  });

  it('after a reload, signs back in with the refresh cookie alone', async () => {
    document.cookie = 'coachfolio_signed_in=1';
    const fetch = vi.fn(async (req: Request) => {
      const path = new URL(req.url).pathname;
      if (path === '/api/auth/refresh') return jsonResponse(200, pair(false));
      if (path === '/api/me') return jsonResponse(200, meAs('coordinator'));
      return jsonResponse(404, { title: 'Not Found', status: 404, detail: path });
    });
    vi.stubGlobal('fetch', fetch);
    renderApp();
    expect(await screen.findByRole('heading', { name: 'Welcome, Casey Coordinator' })).toBeInTheDocument();
    expect(screen.queryByLabelText(/username or email/i)).not.toBeInTheDocument();
    document.cookie = 'coachfolio_signed_in=; max-age=0';
  });
});

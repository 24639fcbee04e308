import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter } from 'react-router';
import { App } from './App';
import { sessionStore } from './api';
import { PROGRAM_ID, coordinator, jsonResponse } from './test/render';

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
  it('signs in and shows the role-aware home', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (req: Request) => {
        const path = new URL(req.url).pathname;
        if (path === '/api/auth/login') return jsonResponse(200, pair(false));
        if (path === '/api/me') {
          return jsonResponse(200, {
            user: coordinator,
            memberships: [
              { id: 'm1', program_id: PROGRAM_ID, program_name: 'Demo County CASC', role: 'coordinator', district_id: null },
            ],
          });
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
    await user.type(screen.getByLabelText(/username or email/i), 'coordinator');
    await user.type(screen.getByLabelText(/^password/i), 'coachfolio-demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Welcome, Casey Coordinator' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Demo County CASC' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Enrollments' })).toBeInTheDocument();
    // Coordinators and the director handle the program's requests.
    expect(screen.getByRole('link', { name: 'Requests' })).toHaveAttribute('href', '/requests');
  });

  it('shows only the password screen while a new password is required', async () => {
    const fetch = vi.fn(async () => jsonResponse(200, pair(true)));
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    renderApp();
    await user.type(screen.getByLabelText(/username or email/i), 'new.person');
    await user.type(screen.getByLabelText(/^password/i), 'temporary-pass-1');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

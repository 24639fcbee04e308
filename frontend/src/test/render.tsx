import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { sessionStore } from '../api';
import type { Me, User } from '../api/types';
import { AppContext, type AppContextValue } from '../lib/context';

export const PROGRAM_ID = '11111111-1111-1111-1111-111111111111';

export const coordinator: User = {
  id: '22222222-2222-2222-2222-222222222222',
  email: 'casey@example.org',
  username: 'coordinator',
  display_name: 'Casey Coordinator',
  status: 'active',
  must_change_password: false,
  is_admin: false,
  version: 1,
  created_at: '2025-01-01T00:00:00Z',
  can: { edit: true, change_email: true, change_status: false },
};

export function appContext(overrides: Partial<AppContextValue> = {}): AppContextValue {
  const me: Me = {
    user: coordinator,
    memberships: [
      { id: 'm1', program_id: PROGRAM_ID, program_name: 'Demo County CASC', role: 'coordinator', district_id: null },
    ],
    programs: [],
    can: [],
  };
  return {
    me,
    isAdmin: false,
    programs: [{ id: PROGRAM_ID, name: 'Demo County CASC' }],
    programId: PROGRAM_ID,
    programName: 'Demo County CASC',
    setProgramId: vi.fn(),
    roles: ['coordinator'],
    canManage: true,
    isStaff: true,
    signOut: vi.fn(),
    ...overrides,
  };
}

export function renderWithApp(ui: ReactElement, ctx: AppContextValue = appContext(), route = '/') {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[route]}>
        <AppContext.Provider value={ctx}>{ui}</AppContext.Provider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

export function jsonResponse(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

type Handler = (method: string, path: string, req: Request) => Response | Promise<Response>;

/** Answers the app's requests with `handler`, in place of the server. */
export function serve(handler: Handler) {
  const fetch = vi.fn(async (req: Request) => handler(req.method, new URL(req.url).pathname, req));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** A session for the coordinator, so that requests carry a token. */
export function signInAsCoordinator() {
  sessionStore.set({
    access_token: 'access-1',
    refresh_token: 'refresh-1',
    expires_at: Date.now() + 900_000,
    must_change_password: false,
    user: coordinator,
  });
}

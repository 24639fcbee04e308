import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { sessionStore } from '../api';
import type { InstallationPermission, Me, ProgramPermission, Role, User } from '../api/types';
import { AppContext, type AppContextValue, appContextOf } from '../lib/context';

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

const PROGRAM_NAME = 'Demo County CASC';

/** Who a test signs in as: one role in the demo program, or the installation's administrator. */
export type Who = Role | 'administrator';

/** What `/api/me` answers for each demo person: in the program, and across the installation. */
const SERVED: Record<Who, { program: ProgramPermission[]; installation: InstallationPermission[] }> = {
  coordinator: {
    program: ['read', 'manage', 'oversee', 'list_candidates', 'list_members', 'review_professional_learning', 'handle_requests', 'review_portfolios', 'read_audit', 'read_confidential_audit'],
    installation: ['read_accounts', 'manage_accounts'],
  },
  director: {
    program: ['read', 'oversee', 'list_candidates', 'list_members', 'review_professional_learning', 'handle_requests', 'review_portfolios', 'read_audit', 'read_confidential_audit'],
    installation: ['read_accounts'],
  },
  district_representative: { program: ['read', 'list_candidates', 'list_members'], installation: [] },
  coach: { program: ['read', 'list_members', 'coach'], installation: [] },
  candidate: { program: ['read', 'own_records'], installation: [] },
  administrator: {
    program: ['read', 'manage', 'oversee', 'list_candidates', 'list_members', 'read_audit'],
    installation: ['manage_programs', 'read_accounts', 'manage_accounts', 'read_deliveries'],
  },
};

/** `/api/me` for `user` as `who` in the demo program. */
export function meAs(who: Who, user: User = coordinator): Me {
  const roles: Role[] = who === 'administrator' ? [] : [who];
  return {
    user: { ...user, is_admin: who === 'administrator' },
    memberships: roles.map((role) => ({ id: `m-${role}`, program_id: PROGRAM_ID, program_name: PROGRAM_NAME, role, district_id: null })),
    programs: [{ id: PROGRAM_ID, name: PROGRAM_NAME, roles, can: SERVED[who].program }],
    can: SERVED[who].installation,
  };
}

/** The app's context in the demo program, for the coordinator unless `overrides` give another `me`. */
export function appContext(overrides: Partial<AppContextValue> = {}): AppContextValue {
  const me = overrides.me ?? meAs('coordinator');
  return { ...appContextOf(me, PROGRAM_ID, { setProgramId: vi.fn(), signOut: vi.fn() }), ...overrides };
}

/** The app's context for `user` as `who` in the demo program. */
export function appContextAs(who: Who, user: User = coordinator): AppContextValue {
  return appContext({ me: meAs(who, user) });
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

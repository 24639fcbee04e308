import { describe, expect, it, vi } from 'vitest';
import { createApi, ifMatch, unwrap, versionFromEtag } from './client';
import { ApiError, CONFLICT_MESSAGE, formProblem } from './problem';
import { SessionStore, hasRefreshCookie, type Session } from './session';
import type { TokenPair, User } from './types';

const BASE = 'http://api.test';

const user: User = {
  id: '00000000-0000-0000-0000-000000000001',
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

/** A token pair as the web app gets it: the refresh token is in the server's HttpOnly cookie. */
function pair(n: number): TokenPair {
  return {
    access_token: `access-${n}`,
    refresh_token: null,
    token_type: 'Bearer',
    expires_in: 900,
    must_change_password: false,
    user,
  };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });
}

const unauthorized = () => json(401, { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'token expired' });

function signedInStore(n = 1): SessionStore {
  const store = new SessionStore();
  const s: Session = {
    access_token: `access-${n}`,
    refresh_token: null,
    expires_at: 0,
    must_change_password: false,
    user,
  };
  store.set(s);
  return store;
}

interface Seen {
  method: string;
  path: string;
  auth: string | null;
  ifMatch: string | null;
  body: string;
}

/** A fake server: records each request, answers with the handler's response. */
function fakeFetch(handler: (req: Seen, n: number) => Response | Promise<Response>) {
  const seen: Seen[] = [];
  const fetch = vi.fn(async (req: Request) => {
    const s: Seen = {
      method: req.method,
      path: new URL(req.url).pathname,
      auth: req.headers.get('Authorization'),
      ifMatch: req.headers.get('If-Match'),
      body: await req.text(),
    };
    seen.push(s);
    return handler(s, seen.length);
  });
  return { fetch, seen };
}

describe('refresh and retry', () => {
  it('refreshes on a 401, stores the rotated tokens and retries once with the new access token', async () => {
    const store = signedInStore(1);
    const { fetch, seen } = fakeFetch((req) => {
      if (req.path === '/api/auth/refresh') return json(200, pair(2));
      if (req.auth === 'Bearer access-1') return unauthorized();
      return json(200, { id: 'c1', label: 'Cohort C' });
    });
    const api = createApi({ baseUrl: BASE, store, fetch });

    const created = await unwrap(
      api.client.POST('/api/programs/{program_id}/cohorts', {
        params: { path: { program_id: 'p1' } },
        body: { label: 'Cohort C', start_date: '2026-09-01' },
      }),
    );

    expect(created).toEqual({ id: 'c1', label: 'Cohort C' });
    expect(seen.map((s) => `${s.method} ${s.path} ${s.auth ?? '-'}`)).toEqual([
      'POST /api/programs/p1/cohorts Bearer access-1',
      'POST /api/auth/refresh -',
      'POST /api/programs/p1/cohorts Bearer access-2',
    ]);
    // The refresh token travels in the cookie, never in the page; the retry replayed the body.
    expect(JSON.parse(seen[1]!.body)).toEqual({});
    expect(JSON.parse(seen[2]!.body)).toEqual({ label: 'Cohort C', start_date: '2026-09-01' });
    expect(store.get()?.refresh_token).toBeNull();
    expect(store.get()?.access_token).toBe('access-2');
  });

  it('retries only once: a second 401 is returned as an error without another refresh', async () => {
    const store = signedInStore(1);
    const { fetch, seen } = fakeFetch((req) => (req.path === '/api/auth/refresh' ? json(200, pair(2)) : unauthorized()));
    const api = createApi({ baseUrl: BASE, store, fetch });

    await expect(unwrap(api.client.GET('/api/me'))).rejects.toMatchObject({ status: 401 });
    expect(seen.map((s) => s.path)).toEqual(['/api/me', '/api/auth/refresh', '/api/me']);
  });

  it('shares one refresh between concurrent 401s', async () => {
    const store = signedInStore(1);
    let refreshes = 0;
    const { fetch } = fakeFetch(async (req) => {
      if (req.path === '/api/auth/refresh') {
        refreshes += 1;
        await new Promise((r) => setTimeout(r, 10));
        return json(200, pair(2));
      }
      return req.auth === 'Bearer access-2' ? json(200, []) : unauthorized();
    });
    const api = createApi({ baseUrl: BASE, store, fetch });

    const results = await Promise.all([
      unwrap(api.client.GET('/api/programs')),
      unwrap(api.client.GET('/api/standards')),
      unwrap(api.client.GET('/api/me/enrollments')),
    ]);
    expect(results).toEqual([[], [], []]);
    expect(refreshes).toBe(1);
  });

  it('signs out when the refresh is refused', async () => {
    const store = signedInStore(1);
    const listener = vi.fn();
    store.subscribe(listener);
    const { fetch } = fakeFetch((req) =>
      req.path === '/api/auth/refresh'
        ? json(401, { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'refresh token revoked' })
        : unauthorized(),
    );
    const api = createApi({ baseUrl: BASE, store, fetch });

    const err = await unwrap(api.client.GET('/api/me')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).status).toBe(401);
    expect(store.get()).toBeNull();
    expect(listener).toHaveBeenCalled();
  });

  it('keeps the session when the refresh fails on the network', async () => {
    const store = signedInStore(1);
    const fetch = vi.fn(async (req: Request) => {
      if (new URL(req.url).pathname === '/api/auth/refresh') throw new TypeError('Failed to fetch');
      return unauthorized();
    });
    const api = createApi({ baseUrl: BASE, store, fetch });
    await expect(unwrap(api.client.GET('/api/me'))).rejects.toMatchObject({ status: 401 });
    expect(store.get()?.access_token).toBe('access-1');
  });

  it('after a reload, the refresh cookie alone signs the person back in', async () => {
    const store = new SessionStore();
    const { fetch, seen } = fakeFetch(() => json(200, pair(7)));
    const api = createApi({ baseUrl: BASE, store, fetch });
    expect(await api.refresh()).toBe(true);
    expect(seen.map((s) => `${s.path} ${s.auth ?? '-'} ${s.body}`)).toEqual(['/api/auth/refresh - {}']);
    expect(store.get()?.access_token).toBe('access-7');
  });

  it('refreshes one tab at a time, holding the lock every tab shares', async () => {
    const store = signedInStore(1);
    const { fetch } = fakeFetch(() => json(200, pair(2)));
    const held: string[] = [];
    const lock = async <T,>(run: () => Promise<T>): Promise<T> => {
      held.push('taken');
      const out = await run();
      held.push('released');
      return out;
    };
    const api = createApi({ baseUrl: BASE, store, fetch, lock });
    expect(await api.refresh()).toBe(true);
    expect(held).toEqual(['taken', 'released']);
  });

  it('does not send a token with sign-in, and a wrong password does not trigger a refresh', async () => {
    const store = new SessionStore();
    const { fetch, seen } = fakeFetch(() =>
      json(401, { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'wrong credentials' }),
    );
    const api = createApi({ baseUrl: BASE, store, fetch });
    await expect(api.login('casey', 'nope')).rejects.toMatchObject({ status: 401 });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.auth).toBeNull();
    expect(store.get()).toBeNull();
  });

  it('stores the session from a successful sign-in, including must_change_password', async () => {
    const store = new SessionStore();
    const { fetch, seen } = fakeFetch(() => json(200, { ...pair(5), must_change_password: true }));
    const api = createApi({ baseUrl: BASE, store, fetch });
    await api.login('new.person', 'temporary-password-1');
    expect(store.get()).toMatchObject({ access_token: 'access-5', refresh_token: null, must_change_password: true });
    // The web app asks for its refresh token in the HttpOnly cookie.
    expect(JSON.parse(seen[0]!.body)).toMatchObject({ refresh_cookie: true });
  });

  it('choosing a password with a link signs its account in, replacing whoever was signed in', async () => {
    const store = signedInStore(1);
    const invited = { ...user, id: '00000000-0000-0000-0000-000000000002', username: 'new.person' };
    const { fetch, seen } = fakeFetch(() => json(200, { ...pair(3), user: invited }));
    const api = createApi({ baseUrl: BASE, store, fetch });
    await api.setPassword('link-secret', 'a-long-new-password');
    expect(seen).toHaveLength(1);
    // The link is the credential: the other person's token stays out of it.
    expect(seen[0]).toMatchObject({ path: '/api/auth/set-password', auth: null });
    expect(JSON.parse(seen[0]!.body)).toEqual({ token: 'link-secret', new_password: 'a-long-new-password', refresh_cookie: true });
    expect(store.get()).toMatchObject({ access_token: 'access-3', user: { username: 'new.person' } });
  });

  it('a refused link leaves whoever was signed in signed in', async () => {
    const store = signedInStore(1);
    const { fetch } = fakeFetch(() =>
      json(422, { title: 'Unprocessable', status: 422, errors: [{ field: 'token', message: 'this link was already used' }] }),
    );
    const api = createApi({ baseUrl: BASE, store, fetch });
    await expect(api.setPassword('spent', 'a-long-new-password')).rejects.toMatchObject({ status: 422 });
    expect(store.get()?.access_token).toBe('access-1');
  });

  it('asks whom a link is for without the signed-in person’s token', async () => {
    const store = signedInStore(1);
    const { fetch, seen } = fakeFetch(() =>
      json(422, { title: 'Unprocessable', status: 422, errors: [{ field: 'token', message: 'this link has expired' }] }),
    );
    const api = createApi({ baseUrl: BASE, store, fetch });
    await expect(unwrap(api.client.POST('/api/auth/password-link', { body: { token: 'old' } }))).rejects.toMatchObject({
      status: 422,
    });
    expect(seen.map((s) => `${s.path} ${s.auth ?? '-'}`)).toEqual(['/api/auth/password-link -']);
  });

  it('stops emails with an unsubscribe link without the signed-in person’s token, and a refusal does not refresh', async () => {
    const store = signedInStore(1);
    const { fetch, seen } = fakeFetch(() =>
      json(422, { title: 'Unprocessable', status: 422, errors: [{ field: 'sig', message: 'this link is not one Coachfolio made' }] }),
    );
    const api = createApi({ baseUrl: BASE, store, fetch });
    await expect(
      unwrap(api.client.POST('/api/unsubscribe', { params: { query: { user: 'u-2', kind: 'follow_up', sig: 'forged' } } })),
    ).rejects.toMatchObject({ status: 422 });
    expect(seen.map((s) => `${s.method} ${s.path} ${s.auth ?? '-'}`)).toEqual(['POST /api/unsubscribe -']);
    expect(store.get()?.access_token).toBe('access-1');
  });

  it('logout forgets the tokens even when the server cannot be reached', async () => {
    const store = signedInStore(1);
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const api = createApi({ baseUrl: BASE, store, fetch });
    await api.logout();
    expect(store.get()).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});

describe('If-Match', () => {
  it('formats and parses entity tags', () => {
    expect(ifMatch(3)).toEqual({ 'If-Match': '"3"' });
    expect(versionFromEtag('"12"')).toBe(12);
    expect(versionFromEtag('W/"4"')).toBe(4);
    expect(versionFromEtag('abc')).toBeNull();
    expect(versionFromEtag(null)).toBeNull();
  });

  it('sends the quoted version and turns a 412 into a conflict', async () => {
    const store = signedInStore(1);
    const { fetch, seen } = fakeFetch((req) =>
      req.ifMatch === '"7"'
        ? json(412, {
            type: 'https://coachfolio.example/problems/precondition-failed',
            title: 'Precondition Failed',
            status: 412,
            detail: 'version 7 is stale; current is 8',
          })
        : json(200, { id: 'd1', version: 9 }, { ETag: '"9"' }),
    );
    const api = createApi({ baseUrl: BASE, store, fetch });

    const err = await unwrap(
      api.client.PATCH('/api/districts/{district_id}', {
        params: { path: { district_id: 'd1' }, header: ifMatch(7) },
        body: { name: 'Sierra Unified' },
      }),
    ).catch((e: unknown) => e);

    expect(seen[0]!.ifMatch).toBe('"7"');
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).isConflict).toBe(true);
    const p = formProblem(err, ['name']);
    expect(p.conflict).toBe(true);
    expect(p.general).toEqual([CONFLICT_MESSAGE]);

    // After a reload the client sends the new version and the write goes through.
    const ok = await unwrap(
      api.client.PATCH('/api/districts/{district_id}', {
        params: { path: { district_id: 'd1' }, header: ifMatch(8) },
        body: { name: 'Sierra Unified' },
      }),
    );
    expect(ok).toMatchObject({ version: 9 });
    expect(seen[1]!.ifMatch).toBe('"8"');
  });

  it('keeps If-Match on the retry after a refresh', async () => {
    const store = signedInStore(1);
    const { fetch, seen } = fakeFetch((req) => {
      if (req.path === '/api/auth/refresh') return json(200, pair(2));
      if (req.auth === 'Bearer access-1') return unauthorized();
      return json(200, { id: 'c1', version: 4 });
    });
    const api = createApi({ baseUrl: BASE, store, fetch });
    await unwrap(
      api.client.PATCH('/api/cohorts/{cohort_id}', {
        params: { path: { cohort_id: 'c1' }, header: ifMatch(3) },
        body: { label: 'Cohort A' },
      }),
    );
    expect(seen[2]).toMatchObject({ auth: 'Bearer access-2', ifMatch: '"3"' });
  });
});

describe('the refresh cookie', () => {
  it('is known by the mark the server sets beside it', () => {
    expect(hasRefreshCookie('theme=dark; coachfolio_signed_in=1')).toBe(true);
    expect(hasRefreshCookie('coachfolio_signed_in=')).toBe(false);
    expect(hasRefreshCookie('')).toBe(false);
  });
});

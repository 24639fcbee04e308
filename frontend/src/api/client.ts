import createClient, { type Client } from 'openapi-fetch';
import { ApiError } from './problem';
import type { paths } from './schema';
import { SessionStore, sessionFromPair, type Session } from './session';
import type { TokenPair } from './types';

export type FetchLike = (request: Request) => Promise<Response>;

export interface ApiOptions {
  /** Absolute origin of the API, e.g. window.location.origin. */
  baseUrl: string;
  store: SessionStore;
  /** Defaults to the global fetch, looked up at call time. */
  fetch?: FetchLike;
  /** Runs a refresh while holding a lock shared by every tab (the Web Locks API): tabs share
   * the refresh cookie, and a refresh token presented twice ends the session. */
  lock?: <T>(run: () => Promise<T>) => Promise<T>;
}

/**
 * Paths that must never carry a bearer token nor trigger a refresh. A password link or an
 * unsubscribe link may be opened where someone else is signed in: their token has nothing to do
 * with it (the link itself says whose it is).
 */
const UNAUTHENTICATED = [
  '/api/auth/login',
  '/api/auth/refresh',
  '/api/auth/settings',
  '/api/auth/password-reset',
  '/api/auth/password-link',
  '/api/auth/set-password',
  '/api/unsubscribe',
];

/** The `If-Match` header value for a record version, e.g. `"3"`. */
export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': `"${version}"` };
}

/** The version in an `ETag: "3"` (or weak `W/"3"`) header, if any. */
export function versionFromEtag(etag: string | null): number | null {
  if (!etag) return null;
  const m = /^(?:W\/)?"(\d+)"$/.exec(etag.trim());
  return m ? Number(m[1]) : null;
}

function withToken(request: Request, token: string): Request {
  const headers = new Headers(request.headers);
  headers.set('Authorization', `Bearer ${token}`);
  return new Request(request, { headers });
}

export interface Api {
  client: Client<paths>;
  store: SessionStore;
  login(login: string, password: string): Promise<Session>;
  logout(): Promise<void>;
  changePassword(current_password: string, new_password: string): Promise<Session>;
  /** Chooses the password with the secret of an invitation or reset link, and signs its account in. */
  setPassword(token: string, new_password: string): Promise<Session>;
  /** A new access token for the refresh cookie (after a reload, or once it expired); false
   * (and signed out) when the server refuses it. */
  refresh(): Promise<boolean>;
}

/**
 * The typed API client. Every request carries the access token; a 401 triggers one refresh
 * (concurrent 401s share it) and one retry with the new token. When the refresh is refused the
 * session is cleared, which sends the app to sign-in.
 */
export function createApi({ baseUrl, store, fetch: fetchImpl, lock }: ApiOptions): Api {
  const base = baseUrl.replace(/\/+$/, '');
  const rawFetch: FetchLike = (req) => (fetchImpl ? fetchImpl(req) : globalThis.fetch(req));
  let refreshing: Promise<boolean> | null = null;

  async function postJson(path: string, body: unknown, token?: string): Promise<Response> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    return rawFetch(new Request(base + path, { method: 'POST', headers, body: JSON.stringify(body) }));
  }

  async function doRefresh(): Promise<boolean> {
    const current = store.get();
    let response: Response;
    try {
      // The refresh token travels in the cookie the server set for this path.
      response = await postJson('/api/auth/refresh', {});
    } catch {
      // Network failure: keep the session, the next call may succeed.
      return false;
    }
    if (!response.ok) {
      // Only clear if nobody replaced the session meanwhile (e.g. a new sign-in).
      if (store.get() === current) store.set(null);
      return false;
    }
    const pair = (await response.json()) as TokenPair;
    store.set(sessionFromPair(pair));
    return true;
  }

  function refresh(): Promise<boolean> {
    if (!refreshing) {
      refreshing = (lock ? lock(doRefresh) : doRefresh()).finally(() => {
        refreshing = null;
      });
    }
    return refreshing;
  }

  const authFetch: FetchLike = async (request) => {
    const path = new URL(request.url).pathname;
    const session = store.get();
    if (UNAUTHENTICATED.includes(path) || !session) {
      return rawFetch(request);
    }
    const retry = request.clone();
    const response = await rawFetch(withToken(request, session.access_token));
    if (response.status !== 401) return response;

    // Another call may already have refreshed while this one was in flight.
    const latest = store.get();
    let token: string | null = null;
    if (latest && latest.access_token !== session.access_token) {
      token = latest.access_token;
    } else if (await refresh()) {
      token = store.get()?.access_token ?? null;
    }
    if (!token) return response;
    return rawFetch(withToken(retry, token));
  };

  const client = createClient<paths>({ baseUrl: base, fetch: authFetch });

  async function tokenCall(path: string, body: unknown, token?: string): Promise<Session> {
    const response = await postJson(path, body, token);
    const text = await response.text();
    let parsed: unknown = undefined;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = text;
    }
    if (!response.ok) throw ApiError.from(response, parsed);
    const session = sessionFromPair(parsed as TokenPair);
    store.set(session);
    return session;
  }

  return {
    client,
    store,
    refresh,
    login: (login, password) => tokenCall('/api/auth/login', { login, password, refresh_cookie: true }),
    setPassword: (token, new_password) => tokenCall('/api/auth/set-password', { token, new_password, refresh_cookie: true }),
    async changePassword(current_password, new_password) {
      // Goes through the authenticating fetch so an expired access token is refreshed first.
      const { data, error, response } = await client.POST('/api/auth/password', {
        body: { current_password, new_password, refresh_cookie: true },
      });
      if (!response.ok || !data) throw ApiError.from(response, error);
      const session = sessionFromPair(data);
      store.set(session);
      return session;
    },
    async logout() {
      const current = store.get();
      store.set(null);
      if (current) {
        try {
          // The access token names the session; the answer removes the refresh cookie.
          await postJson('/api/auth/logout', {}, current.access_token);
        } catch {
          // Signing out locally is what matters; the refresh token expires on its own.
        }
      }
    },
  };
}

/** The shape openapi-fetch resolves to. */
interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Await an openapi-fetch call: its data, or an ApiError carrying the problem body. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw ApiError.from(response, error);
  return data as T;
}

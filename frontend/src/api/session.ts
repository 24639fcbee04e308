import type { TokenPair, User } from './types';

/** What the client keeps about the signed-in user between page loads. */
export interface Session {
  access_token: string;
  /** An API client's own refresh token; `null` for the web app, whose is in its cookie. */
  refresh_token: string | null;
  /** Epoch milliseconds at which the access token expires (informational). */
  expires_at: number;
  must_change_password: boolean;
  user: User;
}

export function sessionFromPair(pair: TokenPair, now = Date.now()): Session {
  return {
    access_token: pair.access_token,
    refresh_token: pair.refresh_token ?? null,
    expires_at: now + pair.expires_in * 1000,
    must_change_password: pair.must_change_password,
    user: pair.user,
  };
}

type Listener = () => void;

/**
 * Whether the browser holds a refresh cookie: the server sets `coachfolio_signed_in=1` beside
 * it (no secret), so a first visit shows the sign-in form without asking the server.
 */
export function hasRefreshCookie(cookies: string = typeof document !== 'undefined' ? document.cookie : ''): boolean {
  return cookies.split(';').some((c) => c.trim() === 'coachfolio_signed_in=1');
}

/**
 * The signed-in session, in this page's memory only: no script can read the refresh token (it
 * is in an HttpOnly cookie the server sets for `/api/auth/refresh`), and the access token is
 * gone with the page. A reload asks the server for a new one with that cookie (`Api.refresh`).
 */
export class SessionStore {
  private memory: Session | null = null;
  private listeners = new Set<Listener>();

  get = (): Session | null => this.memory;

  set(session: Session | null): void {
    this.memory = session;
    for (const l of this.listeners) l();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };
}

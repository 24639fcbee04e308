import type { TokenPair, User } from './types';

/** What the client keeps about the signed-in user between page loads. */
export interface Session {
  access_token: string;
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
 * Tokens live in sessionStorage: they survive a reload of the tab but not closing it, and are
 * not shared with other tabs, which keeps a refresh token's exposure short on shared school
 * computers. (A storage of null keeps them in memory only, as the unit tests do.)
 */
export class SessionStore {
  private memory: Session | null = null;
  private listeners = new Set<Listener>();
  private readonly storage: Storage | null;
  private readonly key: string;

  constructor(storage: Storage | null, key = 'coachfolio.session') {
    this.storage = storage;
    this.key = key;
    if (storage) {
      try {
        const raw = storage.getItem(key);
        this.memory = raw ? (JSON.parse(raw) as Session) : null;
      } catch {
        this.memory = null;
      }
    }
  }

  get = (): Session | null => this.memory;

  set(session: Session | null): void {
    this.memory = session;
    if (this.storage) {
      try {
        if (session) this.storage.setItem(this.key, JSON.stringify(session));
        else this.storage.removeItem(this.key);
      } catch {
        // storage full or disabled: the in-memory copy still works for this page
      }
    }
    for (const l of this.listeners) l();
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };
}

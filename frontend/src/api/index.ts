import { createApi } from './client';
import { SessionStore } from './session';

export const sessionStore = new SessionStore();

export const api = createApi({
  baseUrl: typeof window !== 'undefined' ? window.location.origin : 'http://localhost',
  store: sessionStore,
  // One tab refreshes at a time: they share the cookie, and each refresh token works once.
  lock:
    typeof navigator !== 'undefined' && navigator.locks
      ? <T>(run: () => Promise<T>) => navigator.locks.request('coachfolio.refresh', run) as Promise<T>
      : undefined,
});

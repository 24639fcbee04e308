import { createApi } from './client';
import { SessionStore } from './session';

export const sessionStore = new SessionStore(typeof window !== 'undefined' ? window.sessionStorage : null);

export const api = createApi({
  baseUrl: typeof window !== 'undefined' ? window.location.origin : 'http://localhost',
  store: sessionStore,
});

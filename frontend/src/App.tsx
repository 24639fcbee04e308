import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { api, sessionStore } from './api';
import { hasRefreshCookie } from './api/session';
import { Layout } from './components/Layout';
import { NotFound } from './components/NotFound';
import { ErrorBox, Loading } from './components/ui';
import { ChangePassword } from './features/auth/ChangePassword';
import { ForgotPassword } from './features/auth/ForgotPassword';
import { useMe } from './features/auth/queries';
import { SetPassword } from './features/auth/SetPassword';
import { SignIn } from './features/auth/SignIn';
import { Unsubscribe } from './features/notifications/Unsubscribe';
import { PAGE_ELEMENTS } from './pageElements';
import { AppContext, type AppContextValue, appContextOf } from './lib/context';
import { type PagePath, mayOpen } from './lib/pages';

export function App() {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
  const { pathname } = useLocation();
  const queryClient = useQueryClient();
  // Signed out (or the refresh was refused), or another person signed in with a password link:
  // nothing cached for that user may show to the next.
  useEffect(() => {
    let userId = sessionStore.get()?.user.id;
    return sessionStore.subscribe(() => {
      const next = sessionStore.get()?.user.id;
      if (userId !== undefined && next !== userId) queryClient.clear();
      userId = next;
    });
  }, [queryClient]);

  // A reload keeps no token in the page: the refresh cookie, if any, signs the person back in.
  const [restoring, setRestoring] = useState(() => sessionStore.get() === null && hasRefreshCookie());
  useEffect(() => {
    if (restoring) void api.refresh().finally(() => setRestoring(false));
  }, [restoring]);

  // An emailed link opens wherever it is clicked, also where someone else is signed in.
  if (pathname === '/set-password') return <SetPassword />;
  if (pathname === '/unsubscribe') return <Unsubscribe />;
  if (!session) {
    if (restoring) return <Loading what="Signing you in" />;
    return pathname === '/forgot-password' ? <ForgotPassword /> : <SignIn />;
  }
  if (session.must_change_password) return <ChangePassword forced />;
  return <SignedIn key={session.user.id} />;
}

const PROGRAM_KEY = 'coachfolio.program';

function SignedIn() {
  const queryClient = useQueryClient();
  const me = useMe();
  const [stored, setStored] = useState<string | null>(() => localStorage.getItem(PROGRAM_KEY));

  const setProgramId = useCallback((id: string) => {
    localStorage.setItem(PROGRAM_KEY, id);
    setStored(id);
  }, []);

  const signOut = useCallback(() => {
    void api.logout().then(() => queryClient.clear());
  }, [queryClient]);

  const value = useMemo<AppContextValue | null>(
    () => (me.data ? appContextOf(me.data, stored, { setProgramId, signOut }) : null),
    [me.data, stored, setProgramId, signOut],
  );

  if (me.error) {
    return (
      <main className="narrow">
        <ErrorBox error={me.error} onRetry={() => void me.refetch()} />
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </main>
    );
  }
  if (!value) return <Loading what="Loading your account" />;

  const pages = (Object.keys(PAGE_ELEMENTS) as PagePath[]).filter((path) => mayOpen(value, path));
  return (
    <AppContext.Provider value={value}>
      <Routes>
        <Route element={<Layout />}>
          {pages.map((path) =>
            path === '' ? (
              <Route key="home" index element={PAGE_ELEMENTS[path]} />
            ) : (
              <Route key={path} path={path} element={PAGE_ELEMENTS[path]} />
            ),
          )}
          <Route path="signin" element={<Navigate to="/" replace />} />
          <Route path="forgot-password" element={<Navigate to="/" replace />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </AppContext.Provider>
  );
}

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { api, sessionStore } from './api';
import { unwrap } from './api/client';
import { ErrorBox, Loading } from './components/ui';
import { AppContext, type AppContextValue } from './lib/context';
import { pickProgram, programChoices, rolesIn } from './lib/programs';
import { keys } from './lib/queries';
import { Layout } from './pages/Layout';
import { SignIn } from './pages/SignIn';
import { ChangePassword } from './pages/ChangePassword';
import { Home } from './pages/Home';
import { Accounts } from './pages/Accounts';
import { Members } from './pages/Members';
import { ProgramSettings } from './pages/ProgramSettings';
import { Cohorts } from './pages/Cohorts';
import { Districts } from './pages/Districts';
import { Enrollments } from './pages/Enrollments';
import { EnrollmentCreate } from './pages/EnrollmentCreate';
import { EnrollmentDetail } from './pages/EnrollmentDetail';
import { Standards } from './pages/Standards';
import { Programs } from './pages/Programs';
import { Audit } from './pages/Audit';
import { NotFound } from './pages/NotFound';
import { EditCoachingLog, NewCoachingLog } from './pages/CoachingLogEdit';
import { CoachingLogPrint, CoachingLogRevisions, CoachingLogView } from './pages/CoachingLogView';
import { EnrollmentLogs, MyCoachingLogs } from './pages/CoachingLogs';
import { Caseload } from './pages/Caseload';
import { EnrollmentHours, MyHours, ProgramHours } from './pages/Hours';

export function App() {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
  const queryClient = useQueryClient();
  // Signed out (or the refresh was refused): nothing cached for that user may show to the next.
  useEffect(
    () =>
      sessionStore.subscribe(() => {
        if (!sessionStore.get()) queryClient.clear();
      }),
    [queryClient],
  );

  if (!session) return <SignIn />;
  if (session.must_change_password) return <ChangePassword forced />;
  return <SignedIn key={session.user.id} />;
}

const PROGRAM_KEY = 'coachfolio.program';

function SignedIn() {
  const queryClient = useQueryClient();
  const me = useQuery({ queryKey: keys.me, queryFn: () => unwrap(api.client.GET('/api/me')) });
  const isAdmin = me.data?.user.is_admin ?? false;
  const allPrograms = useQuery({
    queryKey: keys.programs,
    queryFn: () => unwrap(api.client.GET('/api/programs')),
    enabled: isAdmin,
  });
  const [stored, setStored] = useState<string | null>(() => localStorage.getItem(PROGRAM_KEY));

  const setProgramId = useCallback((id: string) => {
    localStorage.setItem(PROGRAM_KEY, id);
    setStored(id);
  }, []);

  const signOut = useCallback(() => {
    void api.logout().then(() => queryClient.clear());
  }, [queryClient]);

  const value = useMemo<AppContextValue | null>(() => {
    if (!me.data) return null;
    const programs = programChoices(me.data, allPrograms.data);
    const programId = pickProgram(stored, me.data, programs);
    const roles = rolesIn(me.data, programId);
    const admin = me.data.user.is_admin;
    return {
      me: me.data,
      isAdmin: admin,
      programs,
      programId,
      programName: programs.find((p) => p.id === programId)?.name ?? null,
      setProgramId,
      roles,
      canManage: !!programId && (admin || roles.includes('coordinator')),
      isStaff: !!programId && (admin || roles.includes('coordinator') || roles.includes('director')),
      signOut,
    };
  }, [me.data, allPrograms.data, stored, setProgramId, signOut]);

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
  if (!value || (isAdmin && allPrograms.isPending)) return <Loading what="Loading your account" />;

  const staff = value.isStaff;
  const program = !!value.programId;
  return (
    <AppContext.Provider value={value}>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<Home />} />
          <Route path="standards" element={<Standards />} />
          <Route path="password" element={<ChangePassword />} />
          {value.isAdmin && <Route path="programs" element={<Programs asPage />} />}
          {(staff || value.isAdmin) && <Route path="accounts" element={<Accounts />} />}
          {program && (staff || value.roles.includes('district_representative')) && (
            <Route path="enrollments" element={<Enrollments />} />
          )}
          {program && value.canManage && <Route path="enrollments/new" element={<EnrollmentCreate />} />}
          <Route path="enrollments/:id" element={<EnrollmentDetail />} />
          <Route path="enrollments/:id/coaching-logs" element={<EnrollmentLogs />} />
          <Route path="enrollments/:id/hours" element={<EnrollmentHours />} />
          <Route path="coaching-logs/:id" element={<CoachingLogView />} />
          <Route path="coaching-logs/:id/print" element={<CoachingLogPrint />} />
          <Route path="coaching-logs/:id/revisions" element={<CoachingLogRevisions />} />
          {value.roles.includes('coach') && (
            <>
              <Route path="caseload" element={<Caseload />} />
              <Route path="enrollments/:id/coaching-logs/new" element={<NewCoachingLog />} />
              <Route path="coaching-logs/:id/edit" element={<EditCoachingLog />} />
            </>
          )}
          {value.roles.includes('candidate') && (
            <>
              <Route path="my/coaching-logs" element={<MyCoachingLogs />} />
              <Route path="my/hours" element={<MyHours />} />
            </>
          )}
          {program && staff && (
            <>
              <Route path="members" element={<Members />} />
              <Route path="settings" element={<ProgramSettings />} />
              <Route path="cohorts" element={<Cohorts />} />
              <Route path="districts" element={<Districts />} />
              <Route path="audit" element={<Audit />} />
              <Route path="hours" element={<ProgramHours />} />
            </>
          )}
          <Route path="signin" element={<Navigate to="/" replace />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </AppContext.Provider>
  );
}

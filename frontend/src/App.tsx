import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { api, sessionStore } from './api';
import { Layout } from './components/Layout';
import { NotFound } from './components/NotFound';
import { ErrorBox, Loading } from './components/ui';
import { Accounts } from './features/accounts/Accounts';
import { AtpPage } from './features/applications-to-practice/AtpPage';
import { EnrollmentAtp } from './features/applications-to-practice/EnrollmentAtp';
import { Audit } from './features/audit/Audit';
import { Certificate } from './features/attendance/Certificate';
import { MeetingCounts } from './features/attendance/MeetingCounts';
import { TakeAttendance } from './features/attendance/TakeAttendance';
import { ChangePassword } from './features/auth/ChangePassword';
import { useMe } from './features/auth/queries';
import { SignIn } from './features/auth/SignIn';
import { EnrollmentDocuments } from './features/documents/DocumentsPage';
import { EditCoachingLog, NewCoachingLog } from './features/coaching-logs/CoachingLogEdit';
import { CoachingLogPrint } from './features/coaching-logs/CoachingLogPrint';
import { CoachingLogRevisions } from './features/coaching-logs/CoachingLogRevisions';
import { EnrollmentLogs, MyCoachingLogs } from './features/coaching-logs/CoachingLogs';
import { CoachingLogView } from './features/coaching-logs/CoachingLogView';
import { EnrollmentCreate } from './features/enrollments/EnrollmentCreate';
import { EditEvent, NewEvent } from './features/events/EventEdit';
import { EventDetail } from './features/events/EventDetail';
import { Events } from './features/events/Events';
import { RegistrationPage } from './features/events/RegistrationPage';
import { EnrollmentDetail } from './features/enrollments/EnrollmentDetail';
import { EnrollmentFeesPage } from './features/fees/EnrollmentFeesPage';
import { Receivables } from './features/fees/Receivables';
import { Enrollments } from './features/enrollments/Enrollments';
import { Home } from './features/home/Home';
import { EditIlp, NewIlp } from './features/ilps/IlpEdit';
import { IlpPrint } from './features/ilps/IlpPrint';
import { IlpRevisions } from './features/ilps/IlpRevisions';
import { EnrollmentIlps, MyIlps } from './features/ilps/Ilps';
import { IlpView } from './features/ilps/IlpView';
import { Caseload } from './features/hours/Caseload';
import { EnrollmentHours, MyHours } from './features/hours/Hours';
import { ProgramHours } from './features/hours/ProgramHours';
import { Cohorts } from './features/programs/Cohorts';
import { Districts } from './features/programs/Districts';
import { Members } from './features/programs/Members';
import { ProgramSettings } from './features/programs/ProgramSettings';
import { Programs } from './features/programs/Programs';
import { usePrograms } from './features/programs/queries';
import { EnrollmentExperiences } from './features/job-shadows/Experiences';
import { ExperiencePage } from './features/job-shadows/ExperiencePage';
import { ExperiencePrint } from './features/job-shadows/ExperiencePrint';
import { PlApprovals } from './features/professional-learning/PlApprovals';
import { MyEnrollmentPage } from './features/enrollments/MyEnrollmentPage';
import { EnrollmentPl } from './features/professional-learning/PlPage';
import { NewPl, PlRecordPage } from './features/professional-learning/PlRecordPage';
import { ProgramPlHours } from './features/professional-learning/ProgramPlHours';
import { Growth } from './features/reflections/Growth';
import { RequestPage } from './features/requests/RequestPage';
import { RequestQueue } from './features/requests/RequestQueue';
import { RequestsPage } from './features/requests/RequestsPage';
import { ProgramReflections } from './features/reflections/ProgramReflections';
import { ReflectionPage } from './features/reflections/ReflectionPage';
import { ReflectionPrint } from './features/reflections/ReflectionPrint';
import { ReflectionTerms } from './features/reflections/ReflectionTerms';
import { Standards } from './features/standards/Standards';
import { AppContext, type AppContextValue } from './lib/context';
import { handlesRequests, pickProgram, programChoices, rolesIn } from './lib/programs';

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
  const me = useMe();
  const isAdmin = me.data?.user.is_admin ?? false;
  const allPrograms = usePrograms({ enabled: isAdmin });
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
            <>
              <Route path="enrollments" element={<Enrollments />} />
              <Route path="meeting-counts" element={<MeetingCounts />} />
              <Route path="professional-learning-hours" element={<ProgramPlHours />} />
              <Route path="receivables" element={<Receivables />} />
            </>
          )}
          {program && value.canManage && <Route path="enrollments/new" element={<EnrollmentCreate />} />}
          <Route path="enrollments/:id" element={<EnrollmentDetail />} />
          <Route path="enrollments/:id/coaching-logs" element={<EnrollmentLogs />} />
          <Route path="enrollments/:id/hours" element={<EnrollmentHours />} />
          {/* The server says who reads a candidate's fees (never their coach): a refusal is said plainly. */}
          <Route path="enrollments/:id/fees" element={<EnrollmentFeesPage />} />
          <Route path="enrollments/:id/reflections" element={<ReflectionTerms />} />
          <Route path="enrollments/:id/growth" element={<Growth />} />
          <Route path="enrollments/:id/application-to-practice" element={<EnrollmentAtp />} />
          <Route path="enrollments/:id/documents" element={<EnrollmentDocuments />} />
          <Route path="applications-to-practice/:id" element={<AtpPage />} />
          <Route path="enrollments/:id/professional-learning" element={<EnrollmentPl />} />
          <Route path="professional-learning/:id" element={<PlRecordPage />} />
          <Route path="enrollments/:id/job-shadows-and-visits" element={<EnrollmentExperiences />} />
          <Route path="job-shadows-and-visits/:id" element={<ExperiencePage />} />
          <Route path="job-shadows-and-visits/:id/print" element={<ExperiencePrint />} />
          {/* The server says who reads a candidate's requests (a coach only the plans they help with). */}
          <Route path="enrollments/:id/requests" element={<RequestsPage />} />
          <Route path="requests/:id" element={<RequestPage />} />
          {/* The queue is the coordinators' and the director's, who handle requests (not an administrator as such). */}
          {program && handlesRequests(value.roles) && <Route path="requests" element={<RequestQueue />} />}
          {/* Every member of the program sees its events; coordinators schedule and change them. */}
          {program && <Route path="events" element={<Events />} />}
          {program && value.canManage && (
            <>
              <Route path="events/new" element={<NewEvent />} />
              <Route path="events/:id/edit" element={<EditEvent />} />
            </>
          )}
          <Route path="events/:id" element={<EventDetail />} />
          {program && staff && <Route path="events/:id/attendance" element={<TakeAttendance />} />}
          <Route path="attendance/:id/certificate" element={<Certificate />} />
          <Route path="registrations/:id" element={<RegistrationPage />} />
          <Route path="reflections/:id" element={<ReflectionPage />} />
          <Route path="reflections/:id/print" element={<ReflectionPrint />} />
          <Route path="coaching-logs/:id" element={<CoachingLogView />} />
          <Route path="coaching-logs/:id/print" element={<CoachingLogPrint />} />
          <Route path="coaching-logs/:id/revisions" element={<CoachingLogRevisions />} />
          <Route path="enrollments/:id/ilps" element={<EnrollmentIlps />} />
          <Route path="ilps/:id" element={<IlpView />} />
          <Route path="ilps/:id/print" element={<IlpPrint />} />
          <Route path="ilps/:id/revisions" element={<IlpRevisions />} />
          {/* The candidate and their coach write plans. */}
          {(value.roles.includes('coach') || value.roles.includes('candidate')) && (
            <>
              <Route path="enrollments/:id/ilps/new" element={<NewIlp />} />
              <Route path="enrollments/:id/professional-learning/new" element={<NewPl />} />
              <Route path="ilps/:id/edit" element={<EditIlp />} />
            </>
          )}
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
              <Route path="my/ilps" element={<MyIlps />} />
              <Route path="my/documents" element={<MyEnrollmentPage title="My e-portfolio" page="documents" />} />
              <Route path="my/professional-learning" element={<MyEnrollmentPage title="My professional learning" page="professional-learning" />} />
              <Route path="my/job-shadows-and-visits" element={<MyEnrollmentPage title="My job shadow or school visit" page="job-shadows-and-visits" />} />
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
              <Route path="reflections" element={<ProgramReflections />} />
              <Route path="professional-learning" element={<PlApprovals />} />
            </>
          )}
          <Route path="signin" element={<Navigate to="/" replace />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </AppContext.Provider>
  );
}

import type { ReactElement } from 'react';
import { Accounts } from './features/accounts/Accounts';
import { AtpPage } from './features/applications-to-practice/AtpPage';
import { EnrollmentAtp } from './features/applications-to-practice/EnrollmentAtp';
import { Audit } from './features/audit/Audit';
import { Certificate } from './features/attendance/Certificate';
import { MeetingCounts } from './features/attendance/MeetingCounts';
import { TakeAttendance } from './features/attendance/TakeAttendance';
import { ChangePassword } from './features/auth/ChangePassword';
import { EnrollmentDocuments } from './features/documents/DocumentsPage';
import { EditCoachingLog, NewCoachingLog } from './features/coaching-logs/CoachingLogEdit';
import { CoachingLogPrint } from './features/coaching-logs/CoachingLogPrint';
import { CoachingLogRevisions } from './features/coaching-logs/CoachingLogRevisions';
import { EnrollmentLogs, MyCoachingLogs } from './features/coaching-logs/CoachingLogs';
import { CoachingLogView } from './features/coaching-logs/CoachingLogView';
import { CompletionPage } from './features/completion/CompletionPage';
import { CompletionPrint } from './features/completion/CompletionPrint';
import { EnrollmentCreate } from './features/enrollments/EnrollmentCreate';
import { EditEvent, NewEvent } from './features/events/EventEdit';
import { EventDetail } from './features/events/EventDetail';
import { Events } from './features/events/Events';
import { RegistrationPage } from './features/events/RegistrationPage';
import { EnrollmentDetail } from './features/enrollments/EnrollmentDetail';
import { EnrollmentFeesPage } from './features/fees/EnrollmentFeesPage';
import { Receivables } from './features/fees/Receivables';
import { Enrollments } from './features/enrollments/Enrollments';
import { FollowUpsPage } from './features/follow-ups/FollowUpsPage';
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
import { DeliveryLog } from './features/notifications/DeliveryLog';
import { NotificationSettings } from './features/notifications/NotificationSettings';
import { NotificationsPage } from './features/notifications/NotificationsPage';
import { EnrollmentExperiences } from './features/job-shadows/Experiences';
import { ExperiencePage } from './features/job-shadows/ExperiencePage';
import { ExperiencePrint } from './features/job-shadows/ExperiencePrint';
import { CalibrationPage } from './features/portfolio/CalibrationPage';
import { CalibrationPrint } from './features/portfolio/CalibrationPrint';
import { PortfolioReview } from './features/portfolio-review/PortfolioReview';
import { RosterPrint } from './features/completion-rosters/RosterPrint';
import { RostersPage } from './features/completion-rosters/RostersPage';
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
import type { PagePath } from './lib/pages';

/** What each page shows; `PAGE_NEEDS` says who may open it. */
export const PAGE_ELEMENTS: Record<PagePath, ReactElement> = {
  '': <Home />,
  standards: <Standards />,
  password: <ChangePassword />,
  notifications: <NotificationsPage />,
  'notifications/settings': <NotificationSettings />,
  programs: <Programs asPage />,
  accounts: <Accounts />,
  'notification-deliveries': <DeliveryLog />,

  enrollments: <Enrollments />,
  'enrollments/new': <EnrollmentCreate />,
  'enrollments/:id': <EnrollmentDetail />,
  'enrollments/:id/coaching-logs': <EnrollmentLogs />,
  'enrollments/:id/coaching-logs/new': <NewCoachingLog />,
  'enrollments/:id/hours': <EnrollmentHours />,
  'enrollments/:id/fees': <EnrollmentFeesPage />,
  'enrollments/:id/reflections': <ReflectionTerms />,
  'enrollments/:id/growth': <Growth />,
  'enrollments/:id/application-to-practice': <EnrollmentAtp />,
  'enrollments/:id/documents': <EnrollmentDocuments />,
  'enrollments/:id/ilps': <EnrollmentIlps />,
  'enrollments/:id/ilps/new': <NewIlp />,
  'enrollments/:id/professional-learning': <EnrollmentPl />,
  'enrollments/:id/professional-learning/new': <NewPl />,
  'enrollments/:id/job-shadows-and-visits': <EnrollmentExperiences />,
  'enrollments/:id/requests': <RequestsPage />,
  'enrollments/:id/follow-ups': <FollowUpsPage />,
  'enrollments/:id/completion': <CompletionPage />,
  'enrollments/:id/completion/print': <CompletionPrint />,
  'enrollments/:id/calibration': <CalibrationPage />,
  'enrollments/:id/calibration/print': <CalibrationPrint />,

  'coaching-logs/:id': <CoachingLogView />,
  'coaching-logs/:id/edit': <EditCoachingLog />,
  'coaching-logs/:id/print': <CoachingLogPrint />,
  'coaching-logs/:id/revisions': <CoachingLogRevisions />,
  'ilps/:id': <IlpView />,
  'ilps/:id/edit': <EditIlp />,
  'ilps/:id/print': <IlpPrint />,
  'ilps/:id/revisions': <IlpRevisions />,
  'reflections/:id': <ReflectionPage />,
  'reflections/:id/print': <ReflectionPrint />,
  'applications-to-practice/:id': <AtpPage />,
  'professional-learning/:id': <PlRecordPage />,
  'job-shadows-and-visits/:id': <ExperiencePage />,
  'job-shadows-and-visits/:id/print': <ExperiencePrint />,
  'requests/:id': <RequestPage />,

  caseload: <Caseload />,
  'my/coaching-logs': <MyCoachingLogs />,
  'my/hours': <MyHours />,
  'my/ilps': <MyIlps />,
  'my/documents': <MyEnrollmentPage title="My e-portfolio" page="documents" />,
  'my/professional-learning': <MyEnrollmentPage title="My professional learning" page="professional-learning" />,
  'my/job-shadows-and-visits': <MyEnrollmentPage title="My job shadow or school visit" page="job-shadows-and-visits" />,

  events: <Events />,
  'events/new': <NewEvent />,
  'events/:id': <EventDetail />,
  'events/:id/edit': <EditEvent />,
  'events/:id/attendance': <TakeAttendance />,
  'attendance/:id/certificate': <Certificate />,
  'registrations/:id': <RegistrationPage />,

  hours: <ProgramHours />,
  reflections: <ProgramReflections />,
  'meeting-counts': <MeetingCounts />,
  'professional-learning-hours': <ProgramPlHours />,
  receivables: <Receivables />,
  'professional-learning': <PlApprovals />,
  requests: <RequestQueue />,
  'portfolio-review': <PortfolioReview />,
  'completion-rosters': <RostersPage />,
  'completion-rosters/:id/print': <RosterPrint />,
  cohorts: <Cohorts />,
  districts: <Districts />,
  members: <Members />,
  settings: <ProgramSettings />,
  audit: <Audit />,
};

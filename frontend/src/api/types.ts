/**
 * Names for the generated contract types (src/api/schema.d.ts, from ../openapi.yaml).
 * Screens import from here, so a renamed schema is fixed in one place.
 */
import type { components, paths } from './schema';

type S = components['schemas'];

export type TokenPair = S['TokenPair'];
/** Whether the installation sends email: password resets and invitations need it. */
export type AuthSettings = S['AuthSettings'];
/** Whom an invitation or password reset link is for. */
export type PasswordLink = S['PasswordLink'];
export type User = S['User'];
export type NewUser = S['NewUser'];
export type UserChange = S['UserChange'];
export type UserRef = S['UserRef'];
export type Me = S['Me'];
/** A program the person takes part in, with what they may do there (`can`) and their roles (to show, not to decide). */
export type MyProgram = S['MyProgram'];
export type ProgramPermission = S['ProgramPermission'];
export type InstallationPermission = S['InstallationPermission'];
export type Role = S['Role'];
export type RequirementSettings = S['RequirementSettings'];
export type Program = S['Program'];
export type ProgramChange = S['ProgramChange'];
export type ProgramOverview = S['ProgramOverview'];
export type NewProgram = S['NewProgram'];
export type Cohort = S['Cohort'];
export type NewCohort = S['NewCohort'];
export type CohortChange = S['CohortChange'];
export type District = S['District'];
export type NewDistrict = S['NewDistrict'];
export type DistrictChange = S['DistrictChange'];
export type Enrollment = S['Enrollment'];
export type EnrollmentStatus = S['EnrollmentStatus'];
export type Position = S['Position'];
export type Employment = S['Employment'];
export type CostStructure = S['CostStructure'];
export type EnrollmentStatusChange = S['StatusChange'];
export type CoachAssignment = S['CoachAssignment'];
export type NewCoachAssignment = S['NewCoachAssignment'];
export type CoachCandidate = S['CoachedCandidate'];
export type Membership = S['Membership'];
export type NewMembership = S['NewMembership'];
export type Standard = S['Standard'];
export type StandardElement = Standard['elements'][number];
export type AuditEntry = S['AuditEvent'];
export type NewEnrollment = S['NewEnrollment'];
export type EnrollmentChange = S['EnrollmentChange'];
export type Ilp = S['Ilp'];
export type IlpStatus = S['IlpStatus'];
export type IlpFields = S['IlpFieldsBody'];
export type IlpRevision = S['IlpRevision'];
export type IlpComment = S['IlpComment'];
export type IlpCoverage = S['Coverage'];
export type ActionStep = S['ActionStep'];
export type StepStatus = S['StepStatus'];
export type Reflection = S['Reflection'];
export type ReflectionEntry = S['Entry'];
export type ReflectionChange = S['ReflectionChange'];
export type ReflectionStatus = S['ReflectionStatus'];
export type Rating = S['Rating'];
export type Term = S['Term'];
export type TermStatus = S['TermStatus'];
export type Growth = S['CandidateGrowth'];
export type ElementGrowth = S['ElementGrowth'];
export type StandardGrowth = S['StandardGrowth'];
export type ProgramReflections = S['ProgramReflections'];
export type ProgramReflectionRow = S['ProgramReflectionRow'];
export type ApplicationToPractice = S['ApplicationToPractice'];
export type AtpStatus = S['AtpStatus'];
export type AtpChange = S['AtpChange'];
export type AtpComment = S['AtpComment'];
export type ElementReason = S['ElementReason'];
export type FocusPlan = S['FocusPlan'];
/** A program's event (`Event` in the contract; renamed so it does not hide the DOM's). */
export type ProgramEvent = S['Event'];
export type EventFields = S['EventFields'];
export type EventKind = S['EventKind'];
export type EventStatus = S['EventStatus'];
export type Audience = S['Audience'];
export type EventLocation = S['Location'];
export type MyRegistration = S['MyRegistration'];
export type Registration = S['Registration'];
export type RegistrationState = S['RegistrationState'];
export type CalendarFeed = S['CalendarFeed'];
export type Attendance = S['Attendance'];
export type AttendanceStatus = S['AttendanceStatus'];
export type AttendanceRevision = S['AttendanceRevision'];
export type AttendanceSheet = S['AttendanceSheet'];
export type SheetLine = S['SheetLine'];
export type MarkAttendance = S['MarkAttendance'];
export type Makeup = S['Makeup'];
export type MakeupRequest = S['MakeupRequest'];
export type Tally = S['Tally'];
export type MarkLine = S['MarkLine'];
export type CandidateCounts = S['CandidateCounts'];
export type CandidateYear = S['CandidateYear'];
export type EnrollmentMeetings = S['EnrollmentMeetings'];
export type CoachYear = S['CoachYear'];
export type CoachMeetings = S['CoachMeetings'];
export type MeetingCountsTable = S['MeetingCountsTable'];
export type CandidateLine = S['CandidateLine'];
export type CoachLine = S['CoachLine'];
/** A PDF in a candidate's e-portfolio (`Document` in the contract; renamed so it does not hide the DOM's). */
export type PortfolioDocument = S['Document'];
export type DocumentKind = S['DocumentKind'];
export type DocumentVersion = S['DocumentVersion'];
export type DocumentActions = S['DocumentActions'];
/** A document attached to a record (its id, kind, title and download name). */
export type AttachedDocument = S['AttachedDocument'];
/** An alternative professional learning, with its PL reflection form's fields. */
export type ProfessionalLearning = S['ProfessionalLearning'];
export type NewProfessionalLearning = S['NewProfessionalLearning'];
export type ProfessionalLearningChange = S['ProfessionalLearningChange'];
export type PlReflection = S['PlReflection'];
export type PlStatus = S['PlStatus'];
export type PlVerdict = S['PlVerdict'];
export type PlHours = S['EnrollmentPlHours'];
export type PlLedger = S['PlLedger'];
export type PlYear = S['PlYear'];
export type PlLine = S['PlLine'];
export type PlSource = S['PlSource'];
export type PlHoursTable = S['PlHoursTable'];
export type PlHoursRow = S['PlHoursRow'];
/** A job shadow or a Distinguished School / WASC visit (`Experience` in the contract). */
export type Experience = S['Experience'];
export type ExperienceKind = S['ExperienceKind'];
export type ExperienceStatus = S['ExperienceStatus'];
export type ExperienceForm = S['ExperienceForm'];
export type ExperienceChange = S['ExperienceChange'];
export type NewExperience = S['NewExperience'];
/** A candidate's fee plan: its installments, payments (reversals negative), balance and what is overdue. */
export type EnrollmentFees = S['EnrollmentFees'];
export type FeeAccount = S['Account'];
export type FeePayer = S['FeePayer'];
export type FeePlan = S['FeePlan'];
export type InstallmentLine = S['InstallmentLine'];
export type InstallmentStatus = S['InstallmentStatus'];
export type Payment = S['Payment'];
export type PaymentMethod = S['PaymentMethod'];
export type NewPayment = S['NewPayment'];
export type NewPlanChange = S['NewPlanChange'];
export type PaymentReversal = S['PaymentReversal'];
export type Receivables = S['Receivables'];
export type FeeKind = S['FeeKind'];
/** One of the handbook's requests: its form, where it stands, its steps and decision (`Request` in the contract; renamed so it does not hide the DOM's). */
export type ProgramRequest = S['Request'];
export type RequestForm = S['RequestForm'];
export type RequestKind = S['RequestKind'];
export type RequestStatus = S['RequestStatus'];
export type RequestStep = S['RequestStep'];
export type RequestDecision = S['Decision'];
export type RequestComment = S['RequestComment'];
export type QueuedRequest = S['QueuedRequest'];
export type Decider = S['Decider'];
export type ExtensionReason = S['ExtensionReason'];
export type DoctoralDegree = S['DoctoralDegree'];
export type WaivableTopic = S['WaivableTopic'];
export type WaivedPl = S['WaivedPl'];
export type Receivable = S['Receivable'];
/** A candidate's Program Completion Verification: the form's items computed from the records, confirmations and signatures. */
export type CompletionVerification = S['CompletionVerification'];
export type CompletionItem = S['CompletionItem'];
export type CompletionItemView = S['CompletionItemView'];
export type ItemState = S['ItemState'];
/** One of the form's two columns: the district representative's, the coordinator's. */
export type CompletionColumn = S['Column'];
export type CompletionConfirmation = S['ConfirmationView'];
export type Signer = S['Signer'];
export type CompletionSignature = S['SignatureView'];
export type CompletionEvidence = S['Evidence'];
/** The coordinator's portfolio review: each active candidate's follow-ups and the state of the form's ten items. */
export type PortfolioReview = S['PortfolioReview'];
export type ReviewRow = S['ReviewRow'];
/** What the signed-in person must do next in a program (each home's "What's next"). */
export type ToDoList = S['ToDoList'];
export type ToDo = S['ToDo'];
export type ToDoKind = S['ToDoKind'];
/** The portfolio review's "contact the candidate". */
export type FollowUp = S['FollowUp'];
export type FollowUps = S['FollowUps'];
export type NewFollowUp = S['NewFollowUp'];
export type Resolution = S['Resolution'];
/** Where a candidate stands on the completion form, in a program's list. */
export type CompletionStatus = S['CompletionStatus'];
/** The e-portfolio's annual review, a program year each. */
export type AnnualReview = S['AnnualReview'];
export type ReviewFlag = S['ReviewFlag'];
export type FlagLine = S['FlagLine'];
export type ItemStateLine = S['ItemStateLine'];
export type ReviewQuery = NonNullable<paths['/api/programs/{program_id}/portfolio-review']['get']['parameters']['query']>;
export type ReviewSort = NonNullable<ReviewQuery['sort']>;
/** A completion roster: recommended candidates sent to the credential office. */
export type Roster = S['Roster'];

/** The JSON a path answers with on 200 (for types the contract does not name separately). */
type Json200<P extends keyof paths, M extends 'get' | 'post' | 'patch'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type CoachingLog = Json200<'/api/coaching-logs/{log_id}', 'get'>;
export type CoachingLogPage = Json200<'/api/enrollments/{enrollment_id}/coaching-logs', 'get'>;
export type LogFields = NonNullable<paths['/api/coaching-logs/{log_id}']['patch']['requestBody']>['content']['application/json'];
export type LogMode = NonNullable<CoachingLog['mode']>;
export type LogState = CoachingLog['state'];
export type LogRevision = Json200<'/api/coaching-logs/{log_id}/revisions', 'get'>[number];
export type ActivityCode = RequirementSettings['activity_codes'][number];
export type Ledger = Json200<'/api/enrollments/{enrollment_id}/ledger', 'get'>;
export type LedgerYear = Ledger['years'][number];
export type LedgerMonth = LedgerYear['months'][number];
export type CaseloadEntry = Json200<'/api/me/caseload', 'get'>[number];
export type HoursTable = Json200<'/api/programs/{program_id}/hours', 'get'>;
export type HoursRow = HoursTable['rows'][number];
export type Notification = S['Notification'];
export type Notifications = S['Notifications'];
export type NoticeKind = S['NoticeKind'];
export type Delivery = S['Delivery'];
export type DeliveryPage = S['DeliveryPage'];
export type EmailStatus = S['EmailStatus'];
/** How a person wants one kind of notification emailed: at once, in the daily digest, or not at all. */
export type EmailTiming = S['EmailTiming'];
export type Preference = S['Preference'];
export type Preferences = S['Preferences'];
export type PreferencesChange = S['PreferencesChange'];
export type DigestTime = S['DigestTime'];
/** An emailed unsubscribe link's query: whose, what it stops (a kind or `daily_digest`), its signature. */
export type UnsubscribeLink = paths['/api/unsubscribe']['post']['parameters']['query'];
export type Unsubscribed = S['Unsubscribed'];

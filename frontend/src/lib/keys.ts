import type { Role } from '../api/types';

/**
 * Query keys in one place: a feature's writes invalidate what other features show (a new log
 * changes the hours table, a new cohort the program overview).
 */
export const keys = {
  me: ['me'] as const,
  /** What the installation offers signed out too (email on or off). */
  authSettings: ['auth', 'settings'] as const,
  passwordLink: (token: string) => ['auth', 'password-link', token] as const,
  programs: ['programs'] as const,
  program: (id: string) => ['program', id] as const,
  overview: (id: string) => ['program', id, 'overview'] as const,
  cohorts: (id: string) => ['program', id, 'cohorts'] as const,
  districts: (id: string) => ['program', id, 'districts'] as const,
  members: (id: string, role?: Role) => ['program', id, 'members', role ?? 'all'] as const,
  enrollments: (id: string) => ['program', id, 'enrollments'] as const,
  audit: (id: string) => ['program', id, 'audit'] as const,
  enrollment: (id: string) => ['enrollment', id] as const,
  assignments: (id: string) => ['enrollment', id, 'assignments'] as const,
  users: ['users'] as const,
  myEnrollments: ['me', 'enrollments'] as const,
  myCandidates: ['me', 'candidates'] as const,
  notifications: ['me', 'notifications'] as const,
  /** The signed-in person's email choices for each kind of notification. */
  notificationPreferences: ['me', 'notification-preferences'] as const,
  deliveries: (status: string) => ['notification-deliveries', status] as const,
  standards: ['standards'] as const,
  requirementDefaults: ['requirement-settings', 'defaults'] as const,
  logs: (enrollmentId: string) => ['enrollment', enrollmentId, 'logs'] as const,
  ledger: (enrollmentId: string) => ['enrollment', enrollmentId, 'ledger'] as const,
  log: (id: string) => ['log', id] as const,
  revisions: (id: string) => ['log', id, 'revisions'] as const,
  ilps: (enrollmentId: string) => ['enrollment', enrollmentId, 'ilps'] as const,
  ilpCoverage: (enrollmentId: string) => ['enrollment', enrollmentId, 'ilp-coverage'] as const,
  ilp: (id: string) => ['ilp', id] as const,
  ilpRevisions: (id: string) => ['ilp', id, 'revisions'] as const,
  ilpComments: (id: string) => ['ilp', id, 'comments'] as const,
  caseload: ['me', 'caseload'] as const,
  hours: (programId: string) => ['program', programId, 'hours'] as const,
  reflectionTerms: (enrollmentId: string) => ['enrollment', enrollmentId, 'reflections'] as const,
  growth: (enrollmentId: string) => ['enrollment', enrollmentId, 'growth'] as const,
  reflection: (id: string) => ['reflection', id] as const,
  programReflections: (programId: string) => ['program', programId, 'reflections'] as const,
  enrollmentAtp: (enrollmentId: string) => ['enrollment', enrollmentId, 'application-to-practice'] as const,
  atp: (id: string) => ['atp', id] as const,
  atpComments: (id: string) => ['atp', id, 'comments'] as const,
  /** Every list of a program's events (upcoming only, or with the past ones) starts with this. */
  events: (programId: string) => ['program', programId, 'events'] as const,
  event: (id: string) => ['event', id] as const,
  roster: (eventId: string) => ['event', eventId, 'registrations'] as const,
  registration: (id: string) => ['registration', id] as const,
  /** The event's sign-in sheet (under the event: a change to the event refreshes it too). */
  attendanceSheet: (eventId: string) => ['event', eventId, 'attendance'] as const,
  attendance: (id: string) => ['attendance', id] as const,
  attendanceRevisions: (id: string) => ['attendance', id, 'revisions'] as const,
  /** Meeting counts: a candidate's, the program's table (then its filter), a coach's. */
  enrollmentMeetings: (enrollmentId: string) => ['enrollment', enrollmentId, 'meeting-counts'] as const,
  programMeetings: (programId: string) => ['program', programId, 'meeting-counts'] as const,
  coachMeetings: (programId: string, coachId: string) => ['program', programId, 'coaches', coachId, 'meeting-counts'] as const,
  /** A candidate's e-portfolio: the documents the caller may read. */
  documents: (enrollmentId: string) => ['enrollment', enrollmentId, 'documents'] as const,
  document: (id: string) => ['document', id] as const,
  /** A candidate's alternative professional learning, their PL hours; one record. */
  plRecords: (enrollmentId: string) => ['enrollment', enrollmentId, 'professional-learning'] as const,
  plHours: (enrollmentId: string) => ['enrollment', enrollmentId, 'professional-learning-hours'] as const,
  pl: (id: string) => ['professional-learning', id] as const,
  /** The program's approval queue (then its status filter), and its PL hours table (then its filter). */
  plQueue: (programId: string) => ['program', programId, 'professional-learning'] as const,
  programPlHours: (programId: string) => ['program', programId, 'professional-learning-hours'] as const,
  /** A candidate's job shadows and school visits; one of them. */
  experiences: (enrollmentId: string) => ['enrollment', enrollmentId, 'job-shadows-and-visits'] as const,
  experience: (id: string) => ['experience', id] as const,
  /** A candidate's fee plan, installments and payments; the program's receivables (then its filter). */
  fees: (enrollmentId: string) => ['enrollment', enrollmentId, 'fees'] as const,
  receivables: (programId: string) => ['program', programId, 'receivables'] as const,
  /** A candidate's requests (change of coach, extension, …); one request, its comments; the program's queue (then its filter). */
  requests: (enrollmentId: string) => ['enrollment', enrollmentId, 'requests'] as const,
  request: (id: string) => ['request', id] as const,
  requestComments: (id: string) => ['request', id, 'comments'] as const,
  requestQueue: (programId: string) => ['program', programId, 'requests'] as const,
  /** A candidate's Program Completion Verification (under the enrollment: a change to it refreshes the form too). */
  completion: (enrollmentId: string) => ['enrollment', enrollmentId, 'completion'] as const,
  /** Where the program's candidates (those the caller lists) stand on their completion forms. */
  completionStatus: (programId: string) => ['program', programId, 'completion-status'] as const,
  /** The program's portfolio review (then its filter). */
  portfolioReview: (programId: string) => ['program', programId, 'portfolio-review'] as const,
  /** The program's completion rosters; one of them. */
  completionRosters: (programId: string) => ['program', programId, 'completion-rosters'] as const,
  completionRoster: (id: string) => ['completion-roster', id] as const,
  /** What the signed-in person must do next in a program (under the program: what refreshes it refreshes the list). */
  toDo: (programId: string) => ['program', programId, 'to-do'] as const,
  /** An enrollment's annual reviews of its e-portfolio. */
  annualReviews: (enrollmentId: string) => ['enrollment', enrollmentId, 'annual-reviews'] as const,
  /** An enrollment's follow-ups from the portfolio review. */
  followUps: (enrollmentId: string) => ['enrollment', enrollmentId, 'follow-ups'] as const,
  /** Whether the signed-in person has a private calendar feed (never its address). */
  calendarFeed: ['me', 'calendar-feed'] as const,
};

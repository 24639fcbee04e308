import { type Capabilities, type Need, meets } from './capabilities';

/**
 * Every page by its route path, with what opening it needs. The routes, the main menu and the
 * links to program pages all read this table, so a link is offered exactly where its page opens.
 * `null`: anyone signed in; a record's page asks the server, which refuses (404 or 403) someone
 * the record is not for, and the record's `can` says what they may do with it.
 */
export const PAGE_NEEDS = {
  '': null,
  standards: null,
  password: null,
  notifications: null,
  // Every notification email ends with a link to this address.
  'notifications/settings': null,
  programs: { across: 'manage_programs' },
  accounts: { across: 'read_accounts' },
  'notification-deliveries': { across: 'read_deliveries' },

  enrollments: 'list_candidates',
  'enrollments/new': 'manage',
  'enrollments/:id': null,
  'enrollments/:id/coaching-logs': null,
  'enrollments/:id/coaching-logs/new': 'coach',
  'enrollments/:id/hours': null,
  'enrollments/:id/fees': null,
  'enrollments/:id/reflections': null,
  'enrollments/:id/growth': null,
  'enrollments/:id/application-to-practice': null,
  'enrollments/:id/documents': null,
  'enrollments/:id/ilps': null,
  'enrollments/:id/ilps/new': ['coach', 'own_records'],
  'enrollments/:id/professional-learning': null,
  'enrollments/:id/professional-learning/new': ['coach', 'own_records'],
  'enrollments/:id/job-shadows-and-visits': null,
  'enrollments/:id/requests': null,
  'enrollments/:id/follow-ups': null,
  'enrollments/:id/completion': null,
  'enrollments/:id/completion/print': null,
  'enrollments/:id/calibration': null,
  'enrollments/:id/calibration/print': null,

  'coaching-logs/:id': null,
  'coaching-logs/:id/edit': 'coach',
  'coaching-logs/:id/print': null,
  'coaching-logs/:id/revisions': null,
  'ilps/:id': null,
  'ilps/:id/edit': ['coach', 'own_records'],
  'ilps/:id/print': null,
  'ilps/:id/revisions': null,
  'reflections/:id': null,
  'reflections/:id/print': null,
  'applications-to-practice/:id': null,
  'professional-learning/:id': null,
  'job-shadows-and-visits/:id': null,
  'job-shadows-and-visits/:id/print': null,
  'requests/:id': null,

  caseload: 'coach',
  'my/coaching-logs': 'own_records',
  'my/hours': 'own_records',
  'my/ilps': 'own_records',
  'my/documents': 'own_records',
  'my/professional-learning': 'own_records',
  'my/job-shadows-and-visits': 'own_records',

  events: 'read',
  'events/new': 'manage',
  'events/:id': null,
  'events/:id/edit': 'manage',
  // The director reads the sign-in sheet; the sheet's `can.mark` says who takes attendance.
  'events/:id/attendance': 'oversee',
  'attendance/:id/certificate': null,
  'registrations/:id': null,

  hours: 'list_candidates',
  reflections: 'list_candidates',
  'meeting-counts': 'list_candidates',
  'professional-learning-hours': 'list_candidates',
  receivables: 'list_candidates',
  'professional-learning': 'review_professional_learning',
  requests: 'handle_requests',
  'portfolio-review': 'review_portfolios',
  'completion-rosters': 'submit_rosters',
  'completion-rosters/:id/print': 'submit_rosters',
  cohorts: 'oversee',
  districts: 'oversee',
  // Staff see everyone; a coach or a district representative the people they work with.
  members: 'list_members',
  settings: 'oversee',
  audit: 'read_audit',
} as const satisfies Record<string, Need | null>;

export type PagePath = keyof typeof PAGE_NEEDS;

export function mayOpen(caps: Capabilities, path: PagePath): boolean {
  return meets(caps, PAGE_NEEDS[path]);
}

/** The pages of `links` that `caps` may open, for a menu or a row of links. */
export function openable<L extends { path: PagePath }>(caps: Capabilities, links: readonly L[]): L[] {
  return links.filter((l) => mayOpen(caps, l.path));
}

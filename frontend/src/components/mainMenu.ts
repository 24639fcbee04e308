import type { PagePath } from '../lib/pages';

/** The main navigation, in order; each entry is shown to whoever may open its page. */
export const MAIN_MENU: readonly { path: PagePath; label: string }[] = [
  { path: '', label: 'Home' },
  { path: 'enrollments', label: 'Enrollments' },
  { path: 'caseload', label: 'Caseload' },
  { path: 'my/coaching-logs', label: 'My coaching logs' },
  { path: 'my/hours', label: 'My hours' },
  { path: 'my/ilps', label: 'My ILPs' },
  { path: 'my/documents', label: 'My e-portfolio' },
  { path: 'my/professional-learning', label: 'My professional learning' },
  { path: 'events', label: 'Events' },
  { path: 'hours', label: 'Hours' },
  { path: 'reflections', label: 'Reflections' },
  { path: 'professional-learning', label: 'PL approvals' },
  { path: 'requests', label: 'Requests' },
  { path: 'meeting-counts', label: 'Meeting counts' },
  { path: 'professional-learning-hours', label: 'PL hours' },
  { path: 'receivables', label: 'Receivables' },
  { path: 'cohorts', label: 'Cohorts' },
  { path: 'districts', label: 'Districts' },
  { path: 'members', label: 'Members' },
  { path: 'accounts', label: 'Accounts' },
  { path: 'settings', label: 'Program settings' },
  { path: 'audit', label: 'Audit log' },
  { path: 'programs', label: 'Programs' },
  { path: 'standards', label: 'Standards' },
];

import { useId } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useApp } from '../lib/context';
import { ROLE_LABELS } from '../lib/labels';
import { handlesRequests } from '../lib/programs';

export function Layout() {
  const app = useApp();
  const switcherId = useId();
  const { roles, isStaff, isAdmin } = app;
  const links: { to: string; label: string }[] = [{ to: '/', label: 'Home' }];
  if (app.programId && (isStaff || roles.includes('district_representative'))) {
    links.push({ to: '/enrollments', label: 'Enrollments' });
  }
  if (roles.includes('coach')) links.push({ to: '/caseload', label: 'Caseload' });
  if (roles.includes('candidate')) {
    links.push(
      { to: '/my/coaching-logs', label: 'My coaching logs' },
      { to: '/my/hours', label: 'My hours' },
      { to: '/my/ilps', label: 'My ILPs' },
      { to: '/my/documents', label: 'My e-portfolio' },
      { to: '/my/professional-learning', label: 'My professional learning' },
    );
  }
  if (app.programId) links.push({ to: '/events', label: 'Events' });
  if (app.programId && isStaff) {
    links.push(
      { to: '/hours', label: 'Hours' },
      { to: '/reflections', label: 'Reflections' },
      { to: '/professional-learning', label: 'PL approvals' },
    );
  }
  if (app.programId && handlesRequests(roles)) links.push({ to: '/requests', label: 'Requests' });
  if (app.programId && (isStaff || roles.includes('district_representative'))) {
    links.push(
      { to: '/meeting-counts', label: 'Meeting counts' },
      { to: '/professional-learning-hours', label: 'PL hours' },
      { to: '/receivables', label: 'Receivables' },
    );
  }
  if (app.programId && isStaff) {
    links.push(
      { to: '/cohorts', label: 'Cohorts' },
      { to: '/districts', label: 'Districts' },
      { to: '/members', label: 'Members' },
    );
  }
  if (isStaff || isAdmin) links.push({ to: '/accounts', label: 'Accounts' });
  if (app.programId && isStaff) {
    links.push({ to: '/settings', label: 'Program settings' }, { to: '/audit', label: 'Audit log' });
  }
  if (isAdmin) links.push({ to: '/programs', label: 'Programs' });
  links.push({ to: '/standards', label: 'Standards' });

  const roleText = roles.map((r) => ROLE_LABELS[r]).join(', ') || (isAdmin ? 'Administrator' : '');

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="brand">Coachfolio</div>
        {app.programs.length > 1 ? (
          <div className="program-switcher">
            <label htmlFor={switcherId}>Program</label>
            <select id={switcherId} value={app.programId ?? ''} onChange={(e) => app.setProgramId(e.target.value)}>
              {app.programs.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          app.programName && <div className="program-name">{app.programName}</div>
        )}
        <div className="user">
          <span className="user-name">{app.me.user.display_name}</span>
          {roleText && <span className="user-roles"> ({roleText})</span>}
          <NavLink to="/password" className="header-link">
            Change password
          </NavLink>
          <button type="button" className="secondary" onClick={app.signOut}>
            Sign out
          </button>
        </div>
      </header>
      <nav className="app-nav" aria-label="Main">
        <ul>
          {links.map((l) => (
            <li key={l.to}>
              <NavLink to={l.to} end={l.to === '/'}>
                {l.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

import { useId } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useApp } from '../lib/context';
import { openable } from '../lib/pages';
import { roleText } from '../lib/roleText';
import { MAIN_MENU } from './mainMenu';
import { NotificationBell } from './NotificationBell';

export function Layout() {
  const app = useApp();
  const switcherId = useId();
  const links = openable(app, MAIN_MENU);
  const roleLabel = roleText(app.me, app.programId);

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
          <NotificationBell />
          <span className="user-name">{app.me.user.display_name}</span>
          {roleLabel && <span className="user-roles"> ({roleLabel})</span>}
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
            <li key={l.path}>
              <NavLink to={`/${l.path}`} end={l.path === ''}>
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

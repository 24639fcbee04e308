import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../api';
import { type Who, appContext, appContextAs, jsonResponse, meAs, renderWithApp, serve, signInAsCoordinator } from '../test/render';
import { Layout } from './Layout';

// The header asks for the person's notifications: two unread.
beforeEach(() => {
  signInAsCoordinator();
  serve((_m, path) =>
    path === '/api/me/notifications'
      ? jsonResponse(200, { items: [], unread_count: 2 })
      : jsonResponse(404, { status: 404, title: 'Not Found' }),
  );
});

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

function menuOf(ctx = appContext()): string[] {
  renderWithApp(<Layout />, ctx);
  return within(screen.getByRole('navigation', { name: 'Main' }))
    .getAllByRole('link')
    .map((l) => l.textContent ?? '');
}

const menuAs = (who: Who) => menuOf(appContextAs(who));

describe('the main menu follows what the person may do', () => {
  it('gives the administrator the program’s pages and the installation’s, but not the queues they may not work', () => {
    const menu = menuAs('administrator');
    expect(menu).toEqual(expect.arrayContaining(['Enrollments', 'Cohorts', 'Members', 'Audit log', 'Accounts', 'Programs']));
    expect(menu).not.toContain('PL approvals');
    expect(menu).not.toContain('Requests');
    expect(menu).not.toContain('Portfolio review');
    expect(menu).not.toContain('Caseload');
  });

  it('gives the coordinator the queues and the program’s pages, not the installation’s programs', () => {
    const menu = menuAs('coordinator');
    expect(menu).toEqual(expect.arrayContaining(['Enrollments', 'PL approvals', 'Requests', 'Portfolio review', 'Cohorts', 'Accounts']));
    expect(menu).not.toContain('Programs');
    expect(menu).not.toContain('Email delivery log');
  });

  it('gives a district representative the enrollments and the reports, not the program’s set-up', () => {
    const menu = menuAs('district_representative');
    expect(menu).toEqual(
      expect.arrayContaining(['Enrollments', 'Events', 'Hours', 'Reflections', 'Meeting counts', 'PL hours', 'Receivables', 'Members']),
    );
    for (const page of ['Cohorts', 'Districts', 'Program settings', 'Audit log', 'PL approvals', 'Requests', 'Portfolio review', 'Accounts']) {
      expect(menu).not.toContain(page);
    }
  });

  it('gives a coach their caseload and the people they work with', () => {
    expect(menuAs('coach')).toEqual(['Home', 'Caseload', 'Events', 'Members', 'Standards']);
  });

  it('gives a candidate their own records', () => {
    expect(menuAs('candidate')).toEqual([
      'Home',
      'My coaching logs',
      'My hours',
      'My ILPs',
      'My e-portfolio',
      'My professional learning',
      'Events',
      'Standards',
    ]);
  });

  it('gives whoever may read the email delivery log its page', () => {
    expect(menuOf(appContext({ me: meAs('administrator') }))).toContain('Email delivery log');
  });

  it('offers no program page without a program', () => {
    expect(menuOf(appContext({ me: { ...meAs('coordinator'), programs: [] } }))).toEqual([
      'Home',
      'Accounts',
      'Standards',
    ]);
  });
});

describe('the header', () => {
  it('leads everyone to their notifications, with how many are unread', async () => {
    for (const who of ['candidate', 'administrator'] as const) {
      const { unmount } = renderWithApp(<Layout />, appContextAs(who));
      const banner = screen.getByRole('banner');
      expect(await within(banner).findByRole('link', { name: 'Notifications, 2 unread' })).toHaveAttribute('href', '/notifications');
      unmount();
    }
  });
});

describe('the role text in the header', () => {
  it('says who the person is in the selected program', () => {
    renderWithApp(<Layout />, appContextAs('district_representative'));
    expect(screen.getByText('(District representative)')).toBeInTheDocument();
  });

  it('names the administrator who holds no role there', () => {
    renderWithApp(<Layout />, appContext({ me: meAs('administrator') }));
    expect(screen.getByText('(Administrator)')).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { type Who, appContext, appContextAs, meAs, renderWithApp } from '../test/render';
import { Layout } from './Layout';

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

  it('offers no program page without a program', () => {
    expect(menuOf(appContext({ me: { ...meAs('coordinator'), programs: [] } }))).toEqual([
      'Home',
      'Accounts',
      'Standards',
    ]);
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

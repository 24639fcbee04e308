import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../api';
import { PROGRAM_ID, type Who, appContextAs, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { Home } from './Home';

beforeEach(signInAsCoordinator);
afterEach(() => sessionStore.set(null));

const overview = {
  program: { id: PROGRAM_ID, name: 'Demo County CASC', organisation: 'Demo County Office of Education' },
  enrollments_by_status: { enrolled: 3 },
  cohorts: [],
  coaches: 2,
  candidates_without_coach: 0,
};

/** Renders the home for `who`; answers what it asks and returns the paths it asked for. */
function homeOf(who: Who): string[] {
  const asked: string[] = [];
  serve((_method, path) => {
    asked.push(path);
    if (path.endsWith('/overview')) return jsonResponse(200, overview);
    if (path.endsWith('/enrollments')) return jsonResponse(200, { items: [], page: 1, per_page: 25, total: 0 });
    return jsonResponse(200, []);
  });
  renderWithApp(<Home />, appContextAs(who));
  return asked;
}

describe('the home screen', () => {
  it('gives the administrator the overview and the programs, without the approvals they may not give', async () => {
    const asked = homeOf('administrator');
    expect(await screen.findByRole('heading', { name: 'Demo County CASC' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Programs' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'PL approvals' })).not.toBeInTheDocument();
    expect(asked).not.toContain(`/api/programs/${PROGRAM_ID}/professional-learning`);
  });

  it('gives the coordinator the approvals waiting', async () => {
    homeOf('coordinator');
    expect(await screen.findByRole('link', { name: 'PL approvals' })).toHaveAttribute('href', '/professional-learning');
    expect(screen.queryByRole('heading', { name: 'Programs' })).not.toBeInTheDocument();
  });

  it('gives a district representative their district’s candidates, not the overview', async () => {
    const asked = homeOf('district_representative');
    expect(await screen.findByRole('heading', { name: 'Candidates in your district' })).toBeInTheDocument();
    expect(asked).not.toContain(`/api/programs/${PROGRAM_ID}/overview`);
  });

  it('gives a candidate their program', async () => {
    homeOf('candidate');
    expect(await screen.findByRole('heading', { name: 'My program' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'My candidates' })).not.toBeInTheDocument();
  });
});

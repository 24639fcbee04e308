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

/** Renders the home for `who` with `toDo` waiting; answers what it asks and returns the paths it asked for. */
function homeOf(who: Who, toDo: unknown[] = []): string[] {
  const asked: string[] = [];
  serve((_method, path) => {
    asked.push(path);
    if (path.endsWith('/overview')) return jsonResponse(200, overview);
    if (path.endsWith('/to-do')) return jsonResponse(200, { as_of: '2026-12-07', items: toDo });
    if (path.endsWith('/portfolio-review')) return jsonResponse(200, { as_of: '2026-12-07', rows: [] });
    if (path.endsWith('/enrollments') && path.startsWith('/api/programs/')) return jsonResponse(200, { items: [], page: 1, per_page: 25, total: 0 });
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

  it('starts with what’s next, then the overview and the candidates to follow up', async () => {
    const asked = homeOf('coordinator', [
      { kind: 'approve_professional_learning', detail: '1 submitted', overdue: false, count: 1, items: [] },
    ]);
    expect(await screen.findByRole('link', { name: 'Approve professional learning' })).toHaveAttribute('href', '/professional-learning');
    await screen.findByRole('heading', { name: 'Demo County CASC' });
    await screen.findByText('No enrolled or extended candidates.');
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.slice(0, 3)).toEqual(['What’s next', 'Demo County CASC', 'Candidates to follow up']);
    expect(asked).toContain(`/api/programs/${PROGRAM_ID}/to-do`);
  });

  it('gives a district representative their district’s candidates, not the overview nor the follow-ups', async () => {
    const asked = homeOf('district_representative');
    expect(await screen.findByRole('heading', { name: 'Candidates in your district' })).toBeInTheDocument();
    expect(asked).not.toContain(`/api/programs/${PROGRAM_ID}/overview`);
    expect(asked).not.toContain(`/api/programs/${PROGRAM_ID}/portfolio-review`);
    expect(screen.queryByRole('heading', { name: 'Candidates to follow up' })).not.toBeInTheDocument();
  });

  it('gives a candidate what’s next and their program', async () => {
    const asked = homeOf('candidate');
    expect(await screen.findByText('Nothing waits for you right now.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'My program' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'My candidates' })).not.toBeInTheDocument();
    expect(asked).not.toContain(`/api/programs/${PROGRAM_ID}/portfolio-review`);
  });
});

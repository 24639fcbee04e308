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
function homeOf(who: Who, toDo: unknown[] = [], completion: unknown[] = []): string[] {
  const asked: string[] = [];
  serve((_method, path) => {
    asked.push(path);
    if (path.endsWith('/completion-status')) return jsonResponse(200, completion);
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
    const evans = {
      enrollment_id: 'enrollment-evans',
      candidate: { id: 'u-evans', display_name: 'Elena Evans', username: 'cand.evans', email: 'e@x.invalid' },
      cohort_label: 'Fall 2024 Cohort',
      district_name: 'Sierra Unified',
      status: 'enrolled',
      items_met: 9,
      not_met: ['employer_letter'],
      due_on: '2026-05-20',
      confirmed_by_your_column: 3,
      signed_by: ['candidate'],
    };
    const asked = homeOf('district_representative', [], [evans]);
    expect(await screen.findByRole('heading', { name: 'Candidates in your district' })).toBeInTheDocument();
    const row = await screen.findByRole('row', { name: /Elena Evans/ });
    expect(screen.getByRole('link', { name: 'Elena Evans' })).toHaveAttribute('href', '/enrollments/enrollment-evans/completion');
    expect(row).toHaveTextContent('9 of 10 met');
    expect(row).toHaveTextContent('Not met: An original letter on district letterhead');
    expect(row).toHaveTextContent('3 of 10 confirmed');
    expect(row).toHaveTextContent('1 of 4 · next: Coach');
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

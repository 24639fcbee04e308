import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { Enrollment, Roster } from '../../api/types';
import { PROGRAM_ID, appContextAs, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { RostersPage } from './RostersPage';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

const person = (id: string, name: string) => ({ id, display_name: name, username: id, email: `${id}@example.org` });

const recommended = (id: string, name: string) =>
  ({ id, candidate: person(`u-${id}`, name), cohort_label: 'Cohort A', district_name: 'Sierra Unified' }) as unknown as Enrollment;

function roster(status: 'draft' | 'submitted'): Roster {
  return {
    id: 'r-1',
    program_id: PROGRAM_ID,
    status,
    candidates: [
      {
        enrollment_id: 'e-evans',
        candidate: person('cand.evans', 'Elena Evans'),
        cohort_label: 'Fall 2024 Cohort',
        district_name: 'Sierra Unified',
        credential_number: '123456',
        start_date: '2024-09-01',
        completed_on: '2026-12-07',
      },
    ],
    created_by: person('coordinator', 'Casey Coordinator'),
    created_at: '2026-12-07T18:00:00Z',
    submitted_by: status === 'submitted' ? person('coordinator', 'Casey Coordinator') : null,
    submitted_at: status === 'submitted' ? '2026-12-08T18:00:00Z' : null,
    version: status === 'submitted' ? 2 : 1,
    can: { submit: status === 'draft' },
  };
}

function open(rosters: () => Roster[]) {
  const sent: { method: string; path: string; body: unknown; ifMatch: string | null }[] = [];
  serve(async (method, path, req) => {
    if (method === 'GET' && path === `/api/programs/${PROGRAM_ID}/completion-rosters`) return jsonResponse(200, rosters());
    if (method === 'GET' && path === `/api/programs/${PROGRAM_ID}/enrollments`) {
      const items = [recommended('e-evans', 'Elena Evans'), recommended('e-ford', 'Frank Ford')];
      return jsonResponse(200, { items, total: 2, page: 1, per_page: 100 });
    }
    const text = await req.text();
    sent.push({ method, path, body: text ? JSON.parse(text) : undefined, ifMatch: req.headers.get('If-Match') });
    if (path.endsWith('/submit')) return jsonResponse(200, roster('submitted'));
    return jsonResponse(201, roster('draft'));
  });
  renderWithApp(<RostersPage />, appContextAs('coordinator'), '/completion-rosters');
  return { user: userEvent.setup(), sent };
}

describe('completion rosters', () => {
  it('offers only the recommended candidates on no roster and puts the chosen ones on a new one', async () => {
    const { user, sent } = open(() => [roster('draft')]);
    const choices = await screen.findByRole('group', { name: 'Recommended candidates not yet on a roster' });
    expect(within(choices).queryByLabelText(/Elena Evans/)).not.toBeInTheDocument();
    await user.click(within(choices).getByLabelText(/Frank Ford/));
    await user.click(screen.getByRole('button', { name: 'Put on a roster' }));
    expect(sent).toContainEqual(expect.objectContaining({ method: 'POST', body: { enrollment_ids: ['e-ford'] } }));
  });

  it('lists each roster with its candidates and marks a draft submitted as read', async () => {
    const { user, sent } = open(() => [roster('draft')]);
    const card = await screen.findByRole('article', { name: /^Roster of/ });
    expect(within(card).getByRole('rowheader', { name: 'Elena Evans' })).toBeInTheDocument();
    expect(within(card).getByText('123456')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Print' })).toHaveAttribute('href', '/completion-rosters/r-1/print');
    await user.click(within(card).getByRole('button', { name: 'Mark submitted…' }));
    await user.click(within(card).getByRole('button', { name: 'Mark submitted' }));
    expect(sent).toContainEqual(expect.objectContaining({ method: 'POST', path: '/api/completion-rosters/r-1/submit', ifMatch: '"1"' }));
  });

  it('says who submitted a roster and offers no second submission', async () => {
    open(() => [roster('submitted')]);
    const card = await screen.findByRole('article', { name: /^Roster of/ });
    expect(card).toHaveTextContent('Submitted to the credential office by Casey Coordinator');
    expect(within(card).queryByRole('button', { name: 'Mark submitted…' })).not.toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { ReviewRow } from '../../api/types';
import { PROGRAM_ID, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { rivera } from '../documents/testData';
import { COHORT_A } from '../events/testData';
import { PortfolioReview } from './PortfolioReview';
import { elena, marcus, reviewRow } from './testData';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  sessionStore.set(null);
});

/** The value beside `term` in the facts of `scope`. */
const fact = (scope: HTMLElement, term: string) => within(scope).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;

const REVIEW = `/api/programs/${PROGRAM_ID}/portfolio-review`;

const ELENA = reviewRow(
  elena,
  { employer_letter: 'not_met' },
  { cohort_label: 'Fall 2024 Cohort', program_year: null, flags: [{ flag: 'completion_items_not_met', detail: 'employer_letter' }] },
);

const MARCUS = reviewRow(
  marcus,
  { ilp_action_steps: 'not_yet_due', fees_paid: 'not_yet_due', coaching_hours: 'not_met' },
  {
    flags: [
      { flag: 'installments_overdue', detail: '$3500.00 overdue' },
      { flag: 'open_requests', detail: '1 waiting for a decision' },
    ],
  },
);

/** The review at `address`, answered with the rows `answer` gives for each query string; the review's queries are kept. */
function open(address: string, answer: (query: URLSearchParams) => ReviewRow[] = () => [ELENA, MARCUS]) {
  const asked: URLSearchParams[] = [];
  serve((_method, path, req) => {
    const query = new URL(req.url).searchParams;
    if (path === `/api/programs/${PROGRAM_ID}/cohorts`) return jsonResponse(200, [{ id: COHORT_A, label: 'Cohort A' }]);
    if (path === `/api/programs/${PROGRAM_ID}/districts`) return jsonResponse(200, [{ id: 'district-sierra', name: 'Sierra Unified' }]);
    if (path === `/api/programs/${PROGRAM_ID}/members`) return jsonResponse(200, [{ id: 'm-rivera', role: 'coach', user: rivera }]);
    if (path === REVIEW) {
      asked.push(query);
      return jsonResponse(200, { as_of: '2026-12-07', rows: answer(query) });
    }
    if (path === `${REVIEW}.csv`) {
      asked.push(query);
      return new Response('candidate\n', { headers: { 'Content-Type': 'text/csv' } });
    }
    return jsonResponse(404, { status: 404, title: 'Not Found' });
  });
  renderWithApp(
    <Routes>
      <Route path="/portfolio-review" element={<PortfolioReview />} />
    </Routes>,
    undefined,
    address,
  );
  return { user: userEvent.setup(), asked };
}

describe('the portfolio review', () => {
  it('shows each candidate with their follow-ups and details, and the form’s ten items as text', async () => {
    open('/portfolio-review');
    expect(screen.getByRole('heading', { level: 1, name: 'Portfolio review' })).toBeInTheDocument();
    const evans = await screen.findByRole('article', { name: 'Elena Evans' });
    expect(screen.getByText(/^As of Dec 7, 2026/)).toBeInTheDocument();

    expect(within(evans).getByRole('link', { name: 'Elena Evans' })).toHaveAttribute('href', `/enrollments/${ELENA.enrollment_id}`);
    expect(fact(evans, 'Cohort')).toHaveTextContent('Fall 2024 Cohort');
    expect(fact(evans, 'District')).toHaveTextContent('Sierra Unified');
    expect(fact(evans, 'Coach')).toHaveTextContent('Diego Rivera');
    expect(fact(evans, 'Program year')).toHaveTextContent('—');
    expect(fact(evans, 'Follow-ups')).toHaveTextContent(
      'Completion items not met: An original letter on district letterhead from employer verifying two years successful experience',
    );
    expect(evans).toHaveTextContent('9 of 10 completion items met');
    expect(within(evans).getByRole('link', { name: 'Completion of Elena Evans' })).toHaveAttribute(
      'href',
      `/enrollments/${ELENA.enrollment_id}/completion`,
    );

    const items = within(within(evans).getByRole('list', { name: 'Completion items of Elena Evans' })).getAllByRole('listitem');
    expect(items).toHaveLength(10);
    expect(items[0]).toHaveTextContent('MetAction Steps in all Individual Leadership Plans Completed');
    expect(items[9]).toHaveTextContent(/^Not metAn original letter on district letterhead/);

    const brooks = screen.getByRole('article', { name: 'Marcus Brooks' });
    const followUps = within(fact(brooks, 'Follow-ups')).getAllByRole('listitem');
    expect(followUps.map((f) => f.textContent)).toEqual([
      'Installments overdue: $3500.00 overdue',
      'Requests waiting: 1 waiting for a decision',
    ]);
    expect(brooks).toHaveTextContent('7 of 10 completion items met');
    const states = within(within(brooks).getByRole('list', { name: 'Completion items of Marcus Brooks' })).getAllByRole('listitem');
    expect(states.map((s) => s.firstChild?.textContent)).toEqual([
      'Not yet due',
      'Not yet due',
      'Met',
      'Not met',
      'Met',
      'Met',
      'Met',
      'Met',
      'Met',
      'Met',
    ]);
  });

  it('asks the API for the candidates with the follow-up chosen, and says when none match', async () => {
    const { user, asked } = open('/portfolio-review', (q) => (q.get('flag') === 'agreement_missing' ? [] : [ELENA, MARCUS]));
    await screen.findByRole('article', { name: 'Elena Evans' });
    expect(asked.at(-1)?.toString()).toBe('');

    await user.selectOptions(screen.getByLabelText('Follow-up'), 'Participation agreement missing');
    expect(await screen.findByText('No candidates match.')).toBeInTheDocument();
    expect(asked.at(-1)?.get('flag')).toBe('agreement_missing');
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('downloads the CSV with the filters and the order shown', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:review');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user, asked } = open(`/portfolio-review?cohort=${COHORT_A}&coach=${rivera.id}&flag=open_requests&sort=completion`);
    await screen.findByRole('article', { name: 'Elena Evans' });
    expect(screen.getByLabelText('Cohort')).toHaveValue(COHORT_A);
    expect(screen.getByLabelText('Coach')).toHaveValue(rivera.id);
    expect(screen.getByLabelText('Follow-up')).toHaveValue('open_requests');
    expect(screen.getByLabelText('Sort by')).toHaveValue('completion');

    const filters = `cohort_id=${COHORT_A}&coach_id=${rivera.id}&flag=open_requests&sort=completion`;
    const csv = screen.getByRole('link', { name: 'Download CSV' });
    expect(csv).toHaveAttribute('href', `${REVIEW}.csv?${filters}`);
    await user.click(csv);
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    expect(asked.at(-1)?.toString()).toBe(filters);
  });

  it('tells the follow-ups still open and links to contacting each candidate about their card’s', async () => {
    const sofia = reviewRow(rivera, {}, { candidate: { ...rivera, display_name: 'Sofia Alvarez' }, enrollment_id: 'enrollment-alvarez' });
    open('/portfolio-review', () => [ELENA, { ...MARCUS, open_follow_ups: 2 }, { ...sofia, open_follow_ups: 1 }]);
    const brooks = await screen.findByRole('article', { name: 'Marcus Brooks' });
    expect(brooks).toHaveTextContent('2 open follow-ups');
    expect(within(brooks).getByRole('link', { name: 'Contact Marcus Brooks' })).toHaveAttribute(
      'href',
      `/enrollments/${MARCUS.enrollment_id}/follow-ups?flags=installments_overdue,open_requests`,
    );

    const evans = screen.getByRole('article', { name: 'Elena Evans' });
    expect(evans).not.toHaveTextContent(/open follow-up/);
    expect(within(evans).getByRole('link', { name: 'Contact Elena Evans' })).toHaveAttribute(
      'href',
      `/enrollments/${ELENA.enrollment_id}/follow-ups?flags=completion_items_not_met`,
    );

    // Nothing to follow up: the form starts with no follow-up checked.
    const alvarez = screen.getByRole('article', { name: 'Sofia Alvarez' });
    expect(alvarez).toHaveTextContent('1 open follow-up ·');
    const contactAlvarez = within(alvarez).getByRole('link', { name: 'Contact Sofia Alvarez' });
    expect(contactAlvarez).toHaveAttribute('href', '/enrollments/enrollment-alvarez/follow-ups');
    expect(screen.getAllByRole('link', { name: /^Contact / })).toHaveLength(3);
  });
});

import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { ReviewRow } from '../../api/types';
import { PROGRAM_ID, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { person } from '../events/testData';
import { elena, marcus, reviewRow } from '../portfolio-review/testData';
import { ProgramFollowUps } from './ProgramFollowUps';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

const REVIEW = `/api/programs/${PROGRAM_ID}/portfolio-review`;

const noCoaching = { flag: 'no_hours_this_month', detail: 'no coaching logged in 2026-12' } as const;
const behind = { flag: 'hours_behind_pace', detail: '0 h 00 this year; 40 h 00 still needed' } as const;

const lily = reviewRow(person('Lily Chen', 'cand.chen'), { coaching_hours: 'not_met', fees_paid: 'not_yet_due' }, { flags: [noCoaching, behind] });
const brooks = reviewRow(marcus, { coaching_hours: 'not_met' }, { flags: [noCoaching] });
const evans = reviewRow(elena, { employer_letter: 'not_met' }, { flags: [{ flag: 'completion_items_not_met', detail: 'employer_letter' }] });

/** The panel answered with `rows`; returns the query strings the review was asked with. */
function open(rows: ReviewRow[]) {
  const asked: string[] = [];
  serve((_method, path, req) => {
    if (path === REVIEW) {
      asked.push(new URL(req.url).search);
      return jsonResponse(200, { as_of: '2026-12-07', rows });
    }
    return jsonResponse(404, { status: 404, title: 'Not Found' });
  });
  renderWithApp(<ProgramFollowUps programId={PROGRAM_ID} />);
  return asked;
}

describe('the candidates to follow up', () => {
  it('groups the candidates by follow-up, in the review’s order, with their count and links to their completion form', async () => {
    const asked = open([evans, lily, brooks]);
    const names = await screen.findByRole('list', { name: 'No coaching logged this month' });
    expect(asked).toEqual(['']);
    const panel = screen.getByRole('region', { name: 'Candidates to follow up' });
    const groups = within(panel)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('follow-up-flag'));
    expect(groups.map((g) => g.querySelector('strong')?.textContent)).toEqual([
      'No coaching logged this month',
      'Coaching hours behind pace',
      'Completion items not met',
    ]);
    expect(groups[0]).toHaveTextContent(/^No coaching logged this month: 2 candidates/);
    expect(groups[1]).toHaveTextContent(/^Coaching hours behind pace: 1 candidate(?!s)/);
    expect(within(names).getAllByRole('link').map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Lily Chen', `/enrollments/${lily.enrollment_id}/completion`],
      ['Marcus Brooks', `/enrollments/${brooks.enrollment_id}/completion`],
    ]);
    const pace = screen.getByRole('list', { name: 'Coaching hours behind pace' });
    expect(within(pace).getByRole('link', { name: 'Lily Chen' })).toHaveAttribute('href', `/enrollments/${lily.enrollment_id}/completion`);
    expect(within(pace).queryByRole('link', { name: 'Marcus Brooks' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /more/ })).not.toBeInTheDocument();
  });

  it('names five candidates of a follow-up, and leads to the review for the rest', async () => {
    const seven = ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus'].map((n) => reviewRow(person(`${n} Candidate`), {}, { flags: [noCoaching] }));
    open(seven);
    const names = await screen.findByRole('list', { name: 'No coaching logged this month' });
    const links = within(names).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Ana Candidate',
      'Ben Candidate',
      'Cleo Candidate',
      'Dev Candidate',
      'Eli Candidate',
      'and 2 more with no coaching logged this month',
    ]);
    expect(within(names).getByRole('link', { name: 'and 2 more with no coaching logged this month' })).toHaveAttribute(
      'href',
      '/portfolio-review?flag=no_hours_this_month',
    );
    expect(names.closest('li')).toHaveTextContent(/^No coaching logged this month: 7 candidates/);
  });

  it('counts the candidates who have met, not met, or are not yet due each of the form’s ten items', async () => {
    open([evans, lily, brooks]);
    const table = await screen.findByRole('table', { name: 'Candidates by completion item' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    const counts = (label: string | RegExp) =>
      within(within(table).getByRole('rowheader', { name: label }).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Completion item', 'Met', 'Not met', 'Not yet due']);
    expect(counts('Met the total coaching hours of the program')).toEqual(['1', '2', '0']);
    expect(counts('Program costs paid (zero balance)')).toEqual(['2', '0', '1']);
    expect(counts('Action Steps in all Individual Leadership Plans Completed')).toEqual(['3', '0', '0']);
    expect(counts(/^An original letter on district letterhead/)).toEqual(['2', '1', '0']);
  });

  it('says so when nobody needs following up', async () => {
    open([reviewRow(elena)]);
    expect(await screen.findByText('Nothing to follow up: every candidate is on track.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Candidates by completion item' })).toBeInTheDocument();
  });
});

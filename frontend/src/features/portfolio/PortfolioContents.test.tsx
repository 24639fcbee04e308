import { QueryClient } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { AnnualReview, CompletionVerification, Enrollment } from '../../api/types';
import { keys } from '../../lib/keys';
import { PROGRAM_ID, type Who, appContextAs, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { completionForm, withItem } from '../completion/testData';
import { EnrollmentDocuments } from '../documents/DocumentsPage';
import { enrollment } from '../documents/testData';
import { ENROLLMENT_ID, annualReview, rivera, sofia } from './testData';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  sessionStore.set(null);
});

const BASE = `/api/enrollments/${ENROLLMENT_ID}`;
const notFound = () => jsonResponse(404, { title: 'Not Found', status: 404 });

interface Served {
  enrollment?: Enrollment;
  form?: () => Response;
  reviews?: () => AnnualReview[];
  /** Answers a POST marking a year reviewed. */
  mark?: (year: number) => Response;
}

/** The e-portfolio served from `s`; the requests it made are kept. */
function open({ enrollment: e = enrollment(), form, reviews = () => [], mark }: Served, who: Who = 'candidate') {
  const requests: { method: string; path: string; body: string }[] = [];
  serve(async (method, path, req) => {
    requests.push({ method, path, body: await req.text() });
    if (method === 'GET' && path === BASE) return jsonResponse(200, e);
    if (method === 'GET' && path === `${BASE}/documents`) return jsonResponse(200, []);
    if (method === 'GET' && path === `${BASE}/completion`) return form ? form() : jsonResponse(200, completionForm());
    if (method === 'GET' && path === `${BASE}/annual-reviews`) return jsonResponse(200, reviews());
    const marking = /\/annual-reviews\/(\d+)$/.exec(path);
    if (method === 'POST' && marking && path.startsWith(BASE) && mark) return mark(Number(marking[1]));
    return notFound();
  });
  renderWithApp(
    <Routes>
      <Route path="/enrollments/:id/documents" element={<EnrollmentDocuments />} />
    </Routes>,
    appContextAs(who),
    `/enrollments/${ENROLLMENT_ID}/documents`,
  );
  return { user: userEvent.setup(), requests };
}

async function contents() {
  return screen.findByRole('list', { name: 'Portfolio contents' });
}

/** The line of the table of contents naming `section`. */
function line(list: HTMLElement, section: string): HTMLElement {
  const item = within(list)
    .getAllByRole('listitem')
    .find((li) => li.querySelector('.toc-name')?.textContent === section);
  expect(item, section).toBeDefined();
  return item!;
}

const SECTIONS = [
  'Individual Leadership Plans (ILPs)',
  'Collaborative Coaching Logs',
  'Reflection Assessments',
  'Candidate Cohort Attendance',
  'Candidate Professional Learning Attendance',
  'Job Shadow / Distinguished School Summary',
  'Program Completion Verification Form',
  'Portfolio Calibration',
];

/** Elena's form with her ILPs short of two standards and her ending reflection not yet due. */
function formWithGaps(): CompletionVerification {
  const form = withItem(completionForm(), 'standards_in_ilps', { state: 'not_met', summary: '4 of 6 standards addressed' });
  return withItem(form, 'reflections', { state: 'not_yet_due', summary: '2 of 3 submitted' });
}

describe('the e-portfolio’s table of contents', () => {
  it('lists each section with its state and what the records show, linked to where it is', async () => {
    open({ form: () => jsonResponse(200, formWithGaps()) });
    const list = await contents();
    await within(list).findAllByText('Met');
    expect(within(list).getAllByRole('listitem').map((li) => li.querySelector('.toc-name')?.textContent)).toEqual(SECTIONS);

    const expected: [string, string | null, string, string][] = [
      [SECTIONS[0]!, 'Not met', '9 of 9 action steps attained in 3 ILPs; 4 of 6 standards addressed', `/enrollments/${ENROLLMENT_ID}/ilps`],
      [SECTIONS[1]!, 'Met', '80 h of 80 h', `/enrollments/${ENROLLMENT_ID}/coaching-logs`],
      [SECTIONS[2]!, 'Not yet due', '2 of 3 submitted', `/enrollments/${ENROLLMENT_ID}/reflections`],
      [SECTIONS[3]!, 'Met', '6 of 6 cohort meetings attended', `/enrollments/${ENROLLMENT_ID}`],
      [SECTIONS[4]!, 'Met', '40 h of 40 h', `/enrollments/${ENROLLMENT_ID}/professional-learning`],
      [SECTIONS[5]!, 'Met', 'summary submitted', `/enrollments/${ENROLLMENT_ID}/job-shadows-and-visits`],
      // The standards and the employer's letter are not met: 8 of the form's ten.
      [SECTIONS[6]!, 'Not met', '8 of 10 items met', `/enrollments/${ENROLLMENT_ID}/completion`],
      [SECTIONS[7]!, null, 'Cohort meetings, professional learning', `/enrollments/${ENROLLMENT_ID}/calibration`],
    ];
    for (const [section, state, summary, href] of expected) {
      const li = line(list, section);
      expect(within(li).getByRole('link', { name: section })).toHaveAttribute('href', href);
      if (state) expect(within(li).getByText(state)).toHaveClass('badge');
      else expect(li.querySelector('.badge')).toBeNull();
      expect(li.querySelector('.toc-summary')).toHaveTextContent(summary);
    }
  });

  it('says when the form is signed', async () => {
    open({ form: () => jsonResponse(200, { ...completionForm(), signed: true }) });
    const list = await contents();
    await waitFor(() => expect(line(list, SECTIONS[6]!)).toHaveTextContent('9 of 10 items met · signed'));
  });

  it('gives readers without the candidate’s records the states, without links to the ILPs, logs, reflections and job shadow', async () => {
    open({ enrollment: enrollment({ read_records: false, upload_document: false }) }, 'district_representative');
    const list = await contents();
    await within(list).findAllByText('Met');
    for (const section of [SECTIONS[0]!, SECTIONS[1]!, SECTIONS[2]!, SECTIONS[5]!]) {
      const li = line(list, section);
      expect(within(li).queryByRole('link')).not.toBeInTheDocument();
      expect(within(li).getByText('Met')).toHaveClass('badge');
    }
    for (const section of [SECTIONS[3]!, SECTIONS[4]!, SECTIONS[6]!, SECTIONS[7]!]) {
      expect(within(line(list, section)).getByRole('link', { name: section })).toBeInTheDocument();
    }
  });

  it('still lists the sections when the form is not the reader’s to see', async () => {
    open({ form: () => jsonResponse(403, { title: 'Forbidden', status: 403 }) });
    const list = await contents();
    expect(await screen.findByText('The state of each section is not yours to see.')).toBeInTheDocument();
    expect(within(list).getAllByRole('listitem')).toHaveLength(8);
    expect(list.querySelector('.badge')).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('the e-portfolio’s annual review', () => {
  const at = '2026-12-07T12:00:00Z';

  it('shows each program year’s marks, and marks a year reviewed: the answer replaces the table and the to-do lists are read again', async () => {
    let reviews = [annualReview(1), annualReview(2, { coach: { by: rivera, at } })];
    const invalidate = vi.spyOn(QueryClient.prototype, 'invalidateQueries');
    const { user, requests } = open({
      reviews: () => reviews,
      mark: (year) => {
        reviews = reviews.map((r) => (r.program_year === year ? { ...r, candidate: { by: sofia, at }, can_mark: false } : r));
        return jsonResponse(200, reviews);
      },
    });

    const table = await screen.findByRole('table', { name: 'Annual review of the e-portfolio' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Year 1 ends Jun 30, 2027', 'Year 2 ends Jun 30, 2028']);
    expect(within(rows[0]!).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Not yet', 'Not yet']);
    expect(within(rows[1]!).getAllByRole('cell')[1]).toHaveTextContent(/^Diego Rivera, Dec 7, 2026$/);

    await user.click(screen.getByRole('button', { name: 'Mark year 1 reviewed' }));
    expect(await screen.findByText('Year 1 is marked reviewed.')).toBeInTheDocument();
    const posts = requests.filter((r) => r.method === 'POST');
    expect(posts).toEqual([{ method: 'POST', path: `${BASE}/annual-reviews/1`, body: '' }]);
    const year1 = within(screen.getByRole('table', { name: 'Annual review of the e-portfolio' })).getAllByRole('row')[1]!;
    expect(within(year1).getAllByRole('cell')[0]).toHaveTextContent(/^Sofia Alvarez, Dec 7, 2026$/);
    expect(screen.queryByRole('button', { name: 'Mark year 1 reviewed' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mark year 2 reviewed' })).toBeInTheDocument();
    // The answer is the list: not asked for again.
    expect(requests.filter((r) => r.method === 'GET' && r.path === `${BASE}/annual-reviews`)).toHaveLength(1);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: keys.toDo(PROGRAM_ID) });
  });

  it('shows the refusal of a year already marked, and the reviews as they are now', async () => {
    let reviews = [annualReview(1)];
    const { user, requests } = open({
      reviews: () => reviews,
      mark: () => {
        reviews = [annualReview(1, { candidate: { by: sofia, at }, can_mark: false })];
        return jsonResponse(409, {
          title: 'Conflict',
          status: 409,
          detail: 'year 1 is already marked reviewed by the candidate',
          errors: [{ field: 'program_year', message: 'year 1 is already marked reviewed by the candidate' }],
        });
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Mark year 1 reviewed' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('year 1 is already marked reviewed by the candidate');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Mark year 1 reviewed' })).not.toBeInTheDocument());
    expect(screen.getByRole('table', { name: 'Annual review of the e-portfolio' })).toHaveTextContent('Sofia Alvarez, Dec 7, 2026');
    expect(requests.filter((r) => r.method === 'GET' && r.path === `${BASE}/annual-reviews`)).toHaveLength(2);
  });

  it('offers no button to a reader who may not mark', async () => {
    open(
      {
        enrollment: enrollment({ read_records: false, upload_document: false }),
        reviews: () => [annualReview(1, { can_mark: false, candidate: { by: sofia, at } }), annualReview(2, { can_mark: false })],
      },
      'district_representative',
    );
    const table = await screen.findByRole('table', { name: 'Annual review of the e-portfolio' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Year', 'Candidate', 'Coach']);
    expect(screen.queryByRole('button', { name: /^Mark year/ })).not.toBeInTheDocument();
  });
});

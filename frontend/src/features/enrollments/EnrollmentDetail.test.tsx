import { screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../api';
import type { Enrollment } from '../../api/types';
import { PROGRAM_ID, type Who, appContextAs, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { ENROLLMENT_ID, enrollment } from '../documents/testData';
import { program } from '../fees/testData';
import { EnrollmentDetail } from './EnrollmentDetail';

beforeEach(signInAsCoordinator);
afterEach(() => sessionStore.set(null));

const NOTHING_CONFIDENTIAL: Partial<Enrollment['can']> = { read_records: false, read_fees: false, read_requests: false };

/** The enrollment's page for `who`: its lists served empty, its meetings (not checked here) not found. */
function renderPage(e: Enrollment, who: Who) {
  serve((_method, path) => {
    if (path === `/api/enrollments/${ENROLLMENT_ID}`) return jsonResponse(200, e);
    if (path === `/api/programs/${PROGRAM_ID}`) return jsonResponse(200, program);
    if (path.endsWith('/meeting-counts')) return jsonResponse(404, { title: 'Not Found', status: 404 });
    return jsonResponse(200, []);
  });
  renderWithApp(
    <Routes>
      <Route path="/enrollments/:id" element={<EnrollmentDetail />} />
    </Routes>,
    appContextAs(who),
    `/enrollments/${ENROLLMENT_ID}`,
  );
}

/** The links of the enrollment's page for `who`, the enrollment saying what they may do with it. */
async function linksOf(can: Partial<Enrollment['can']>, who: Who = 'coordinator') {
  renderPage(enrollment(can), who);
  const nav = await screen.findByRole('navigation', { name: 'Records of this candidate' });
  return within(nav)
    .getAllByRole('link')
    .map((l) => l.textContent);
}

describe('the links of an enrollment’s page', () => {
  it('follow what the enrollment says its reader may open', async () => {
    const links = await linksOf({});
    expect(links).toEqual(expect.arrayContaining(['Coaching logs', 'ILPs', 'Payment information', 'Requests']));
  });

  it('leave out the confidential records, the fees and the requests the reader may not open', async () => {
    const links = await linksOf(NOTHING_CONFIDENTIAL);
    for (const link of ['Coaching logs', 'ILPs', 'Application to Practice', 'Job shadow or school visit', 'Payment information', 'Requests']) {
      expect(links).not.toContain(link);
    }
    // Everyone who reads the enrollment reads its completion form (what it shows is the form's to decide).
    expect(links).toContain('Program Completion Verification');
  });

  it('offer the fees exactly as `read_fees` says', async () => {
    expect(await linksOf({ ...NOTHING_CONFIDENTIAL, read_fees: true })).toContain('Payment information');
  });

  it('lead back to the enrollments for whoever lists candidates, else home', async () => {
    await linksOf(NOTHING_CONFIDENTIAL, 'district_representative');
    expect(screen.getByRole('link', { name: 'Enrollments' })).toHaveAttribute('href', '/enrollments');
  });

  it('lead a coach back home', async () => {
    await linksOf({ read_fees: false }, 'coach');
    expect(screen.queryByRole('link', { name: 'Enrollments' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Home' })).toHaveAttribute('href', '/');
  });
});

describe('the fee plan on an enrollment’s page', () => {
  it('shows a split plan’s candidate fee and the agency’s rest of the program fee', async () => {
    renderPage({ ...enrollment(), fee_payer: 'split', candidate_fee_cents: 200000 }, 'candidate');
    const term = await screen.findByText('Program fee paid by', { selector: 'dt' });
    const plan = term.nextElementSibling;
    expect(plan).toHaveTextContent(/^Split between candidate and agency \(Plan C\)/);
    await waitFor(() => expect(plan).toHaveTextContent(/Candidate fee \$2,000\.00 · Agency fee \$5,000\.00$/));
  });

  it('names Plan A or B alone', async () => {
    renderPage(enrollment(), 'candidate');
    const term = await screen.findByText('Program fee paid by', { selector: 'dt' });
    expect(term.nextElementSibling).toHaveTextContent(/^Agency\/District \(Plan A\)$/);
  });
});

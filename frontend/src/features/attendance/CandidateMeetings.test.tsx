import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import { jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { CandidateMeetings } from './CandidateMeetings';
import { ENROLLMENT_ID, enrollmentMeetings } from './testData';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

/** The value beside a term of a facts list. */
const fact = (within_: HTMLElement, term: string) => within(within_).getByText(term, { selector: 'dt' }).nextElementSibling;

describe('a candidate’s meetings', () => {
  it('counts each program year, the program’s cohort meetings, and links the proof of what was attended', async () => {
    serve((_method, path) =>
      path === `/api/enrollments/${ENROLLMENT_ID}/meeting-counts`
        ? jsonResponse(200, enrollmentMeetings())
        : jsonResponse(404, { title: 'Not Found', status: 404 }),
    );
    const user = userEvent.setup();
    renderWithApp(<CandidateMeetings enrollmentId={ENROLLMENT_ID} />);

    const year1 = await screen.findByRole('region', { name: /^Program year 1 ·/ });
    expect(fact(year1, 'Orientation')).toHaveTextContent('1 of 1 required (1 offered) · Met');
    expect(fact(year1, 'Cohort meetings')).toHaveTextContent('3 of 3 required (4 offered) · 1 made up · Met');
    expect(fact(year1, 'PL event hours')).toHaveTextContent('16 h 00 min');
    const year2 = screen.getByRole('region', { name: /^Program year 2 \(this year\)/ });
    expect(within(year2).queryByText('Orientation')).not.toBeInTheDocument();
    expect(fact(year2, 'Cohort meetings')).toHaveTextContent('2 of 3 required (4 offered) · Not yet met');
    expect(fact(year2, 'End-of-year meeting')).toHaveTextContent('0 of 1 required (1 offered) · Not yet met');
    expect(screen.getByText('Cohort meetings over the program:').parentElement).toHaveTextContent(
      '5 of 6 required (8 offered) · 1 made up · Not yet met',
    );

    await user.click(screen.getByText('Attendance marks (2)'));
    const proof = screen.getAllByRole('link', { name: /^Proof of attendance/ });
    expect(proof).toHaveLength(1);
    expect(proof[0]).toHaveAttribute('href', '/attendance/att-cand.alvarez/certificate');
    expect(screen.getByRole('row', { name: /Professional Learning Day/ })).toHaveTextContent('Absent');
  });
});

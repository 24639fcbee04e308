import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { Attendance } from '../../api/types';
import { jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { Certificate } from './Certificate';
import { attendanceMark } from './testData';

function renderCertificate(mark: Attendance) {
  serve((_method, path) =>
    path === `/api/attendance/${mark.id}` ? jsonResponse(200, mark) : jsonResponse(404, { title: 'Not Found', status: 404 }),
  );
  renderWithApp(
    <Routes>
      <Route path="/attendance/:id/certificate" element={<Certificate />} />
    </Routes>,
    undefined,
    `/attendance/${mark.id}/certificate`,
  );
}

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

describe('proof of attendance', () => {
  it('certifies who attended what, when and where, and prints', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    renderCertificate(attendanceMark());
    expect(await screen.findByRole('heading', { name: 'Proof of attendance' })).toBeInTheDocument();
    expect(screen.getByText('Demo County CASC · Demo County Office of Education')).toBeInTheDocument();
    expect(screen.getByText(/^This certifies that/)).toHaveTextContent(
      'This certifies that Sofia Alvarez attended Candidate Cohort Meeting on Thu, Sep 24, 2026, 5:30 PM – 8:00 PM PDT ' +
        'at Demo County Office of Education, Room 101T & 274, 1177 Van Ness Ave., Fresno, CA 93721.',
    );
    expect(screen.getByText('Hours credited').nextElementSibling).toHaveTextContent('2 h 30 min');
    expect(screen.getByText('Recorded by').nextElementSibling).toHaveTextContent('Casey Coordinator');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(print).toHaveBeenCalled();
  });

  it('says there is none for an absence', async () => {
    renderCertificate(attendanceMark({ status: 'excused', credited_minutes: 0, can: { correct: true, certificate: false } }));
    expect(await screen.findByRole('note')).toHaveTextContent(
      'There is no proof of attendance for Sofia Alvarez at Candidate Cohort Meeting: the sign-in sheet says excused.',
    );
    expect(screen.queryByRole('button', { name: 'Print or save as PDF' })).not.toBeInTheDocument();
  });
});

import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import { jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { DocumentsSummary } from './DocumentsSummary';
import { ENROLLMENT_ID, document } from './testData';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

describe('the documents panel of the candidate’s home', () => {
  it('shows the latest activities and links the e-portfolio', async () => {
    serve((_m, path) =>
      path === `/api/enrollments/${ENROLLMENT_ID}/documents`
        ? jsonResponse(200, [
            document({ id: 'a', title: 'Oldest', activity_date: '2026-07-01' }),
            document({ id: 'b', title: 'Newest', activity_date: '2026-10-01', kind: 'pl_agenda' }),
            document({ id: 'c', title: 'Middle', activity_date: '2026-09-01' }),
          ])
        : jsonResponse(404, { title: 'Not Found', status: 404 }),
    );
    renderWithApp(<DocumentsSummary enrollmentId={ENROLLMENT_ID} count={2} />);
    const items = await screen.findAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['Newest · PL agenda · Oct 1, 2026', 'Middle · PL sign-in sheet · Sep 1, 2026']);
    expect(screen.getByRole('link', { name: 'My e-portfolio' })).toHaveAttribute('href', `/enrollments/${ENROLLMENT_ID}/documents`);
  });
});

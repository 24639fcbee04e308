import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../api';
import { renderWithApp, signInAsCoordinator } from '../../test/render';
import { ENROLLMENT_ID, enrollment } from '../documents/testData';
import { StatusChange } from './StatusChange';

beforeEach(signInAsCoordinator);
afterEach(() => sessionStore.set(null));

function offered(): (string | null)[] {
  const picker = screen.getByRole('combobox', { name: /New status/ });
  return within(picker)
    .getAllByRole('option')
    .map((o) => o.textContent)
    .filter((o) => o !== 'Choose');
}

describe('changing an enrollment’s status by hand', () => {
  it('offers exactly the statuses the server allows now, and sends extensions and withdrawals to a request', () => {
    renderWithApp(<StatusChange enrollment={enrollment({ change_status: true, status_options: ['completed'] })} onReload={() => {}} />);
    expect(offered()).toEqual(['Completed']);
    expect(screen.getByRole('link', { name: 'Requests' })).toHaveAttribute('href', `/enrollments/${ENROLLMENT_ID}/requests`);
  });

  it('points to a request only for whoever may submit one (not the administrator)', () => {
    renderWithApp(
      <StatusChange enrollment={enrollment({ change_status: true, status_options: ['completed'], submit_request: false })} onReload={() => {}} />,
    );
    expect(offered()).toEqual(['Completed']);
    expect(screen.queryByRole('link', { name: 'Requests' })).not.toBeInTheDocument();
  });

  it('follows the server’s options, whatever the status', () => {
    const applied = { ...enrollment({ change_status: true, status_options: ['enrolled', 'withdrawn'] }), status: 'applied' as const };
    renderWithApp(<StatusChange enrollment={applied} onReload={() => {}} />);
    expect(offered()).toEqual(['Enrolled', 'Withdrawn']);
  });

  it('offers no picker when the server offers no status', () => {
    renderWithApp(<StatusChange enrollment={enrollment({ change_status: true, status_options: [] })} onReload={() => {}} />);
    expect(screen.queryByRole('combobox', { name: /New status/ })).not.toBeInTheDocument();
    expect(screen.getByText(/no status can be set by hand now/)).toBeInTheDocument();
  });
});

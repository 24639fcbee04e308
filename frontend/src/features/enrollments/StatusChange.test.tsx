import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionStore } from '../../api';
import { renderWithApp, signInAsCoordinator } from '../../test/render';
import { ENROLLMENT_ID, enrollment } from '../documents/testData';
import { StatusChange } from './StatusChange';

beforeEach(signInAsCoordinator);
afterEach(() => sessionStore.set(null));

describe('changing an enrollment’s status by hand', () => {
  it('offers completion only, and sends extensions and withdrawals to a request', () => {
    renderWithApp(<StatusChange enrollment={enrollment({ change_status: true })} onReload={() => {}} />);
    const picker = screen.getByRole('combobox', { name: /New status/ });
    const options = within(picker).getAllByRole('option').map((o) => o.textContent);
    expect(options.filter((o) => o !== 'Choose')).toEqual(['Completed']);
    expect(screen.getByRole('link', { name: 'Requests' })).toHaveAttribute('href', `/enrollments/${ENROLLMENT_ID}/requests`);
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import { jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { ChangePassword } from './ChangePassword';
import { SignIn, TOO_MANY_ATTEMPTS, WRONG_CREDENTIALS } from './SignIn';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

describe('validation errors beside their fields', () => {
  it('shows password rule failures beside the new password on the forced change screen', async () => {
    const fetch = serve(() =>
      jsonResponse(422, {
        type: 'about:blank',
        title: 'Validation failed',
        status: 422,
        detail: 'The new password is not acceptable.',
        errors: [{ field: 'new_password', message: 'This password is too common.' }],
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<ChangePassword forced />);
    await user.type(screen.getByLabelText(/temporary password/i), 'temporary-pass-1');
    await user.type(screen.getByLabelText(/^new password/i), 'passwordpassword');
    await user.type(screen.getByLabelText(/confirm new password/i), 'passwordpassword');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    await waitFor(() =>
      expect(screen.getByLabelText(/^new password/i)).toHaveAccessibleDescription(/This password is too common\./),
    );
    const req = fetch.mock.calls[0]![0];
    expect(new URL(req.url).pathname).toBe('/api/auth/password');
    expect(await req.clone().json()).toEqual({
      current_password: 'temporary-pass-1',
      new_password: 'passwordpassword',
      refresh_cookie: true,
    });
  });

  it('checks the confirmation in the browser before asking the server', async () => {
    const fetch = serve(() => jsonResponse(500, {}));
    const user = userEvent.setup();
    renderWithApp(<ChangePassword forced />);
    await user.type(screen.getByLabelText(/temporary password/i), 'temporary-pass-1');
    await user.type(screen.getByLabelText(/^new password/i), 'a-long-new-password');
    await user.type(screen.getByLabelText(/confirm new password/i), 'a-long-new-passwork');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(screen.getByLabelText(/confirm new password/i)).toHaveAccessibleDescription(/do not match/);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('sign-in messages', () => {
  beforeEach(() => sessionStore.set(null));

  it.each([
    [401, WRONG_CREDENTIALS],
    [429, TOO_MANY_ATTEMPTS],
  ])('answers %i with “%s”', async (status, message) => {
    serve(() => jsonResponse(status, { title: 'x', status, detail: 'internal detail not for users' }));
    const user = userEvent.setup();
    renderWithApp(<SignIn />);
    await user.type(screen.getByLabelText(/username or email/i), 'coordinator');
    await user.type(screen.getByLabelText(/^password/i), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });
});

import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { User } from '../../api/types';
import { appContextAs, coordinator, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { CreateAccount } from './CreateAccount';
import { EditAccount } from './EditAccount';

beforeEach(signInAsCoordinator);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

/** An account the coordinator manages. */
const nia: User = {
  ...coordinator,
  id: '33333333-3333-3333-3333-333333333333',
  username: 'nia.person',
  display_name: 'Nia Person',
  email: 'nia@example.org',
  can: { edit: true, change_email: true, change_status: true },
};

/** The server with email on or off, answering every other request with `other`. */
function server(email: boolean, other: (method: string, path: string) => Response = () => jsonResponse(404, { status: 404 })) {
  return serve((method, path) => (path === '/api/auth/settings' ? jsonResponse(200, { email }) : other(method, path)));
}

async function fillNewAccount(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText(/^full name/i), 'Nia Person');
  await user.type(screen.getByLabelText(/^username/i), 'nia.person');
  await user.type(screen.getByRole('textbox', { name: /^email/i }), 'nia@example.org');
}

describe('creating an account', () => {
  it('with email on, emails an invitation unless a temporary password is chosen', async () => {
    const fetch = server(true, () => jsonResponse(201, nia));
    const user = userEvent.setup();
    renderWithApp(<CreateAccount />, appContextAs('administrator'));
    await fillNewAccount(user);
    expect(screen.getByRole('radio', { name: 'Email an invitation (they choose their password)' })).toBeChecked();
    expect(screen.queryByLabelText(/^temporary password/i)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Account nia.person was created. An invitation to choose their password was emailed to nia@example.org',
    );
    const create = fetch.mock.calls.map((c) => c[0]).find((r) => new URL(r.url).pathname === '/api/users')!;
    expect(await create.clone().json()).toEqual({
      display_name: 'Nia Person',
      username: 'nia.person',
      email: 'nia@example.org',
      send_invitation: true,
    });

    await user.click(screen.getByRole('radio', { name: 'Set a temporary password to give them' }));
    expect(screen.getByLabelText(/^temporary password/i)).toBeInTheDocument();
  });

  it('with email off, asks for the temporary password alone', async () => {
    const fetch = server(false, () => jsonResponse(201, nia));
    const user = userEvent.setup();
    renderWithApp(<CreateAccount />, appContextAs('administrator'));
    await fillNewAccount(user);
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/^temporary password/i), 'Temporary-pass-1');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Give them the temporary password');
    const create = fetch.mock.calls.map((c) => c[0]).find((r) => new URL(r.url).pathname === '/api/users')!;
    expect(await create.clone().json()).toMatchObject({ temporary_password: 'Temporary-pass-1' });
    expect(await create.clone().json()).not.toHaveProperty('send_invitation');
  });

  it('shows the server’s refusal of the choice beside it', async () => {
    server(true, () =>
      jsonResponse(422, {
        title: 'Validation failed',
        status: 422,
        errors: [{ field: 'send_invitation', message: 'this installation sends no email' }],
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<CreateAccount />, appContextAs('administrator'));
    await fillNewAccount(user);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() =>
      expect(screen.getByRole('radio', { name: /Email an invitation/ })).toHaveAccessibleDescription(/sends no email/),
    );
  });
});

describe('emailing a link to set a password', () => {
  it('sends one to an account the caller manages, and says so', async () => {
    const fetch = server(true, (method, path) =>
      method === 'POST' && path === `/api/users/${nia.id}/invitation` ? new Response(null, { status: 202 }) : jsonResponse(200, nia),
    );
    const user = userEvent.setup();
    renderWithApp(<EditAccount userId={nia.id} onClose={() => {}} />);
    await user.click(await screen.findByRole('button', { name: 'Email a link to set a password' }));
    expect(await screen.findByRole('status')).toHaveTextContent('A link to set a password was emailed to nia@example.org.');
    expect(fetch.mock.calls.some(([r]) => r.method === 'POST' && new URL(r.url).pathname.endsWith('/invitation'))).toBe(true);
  });

  it.each([
    ['a disabled account', { ...nia, status: 'disabled' as const }, true],
    ['one’s own account', { ...nia, can: { edit: true, change_email: true, change_status: false } }, true],
    ['an installation without email', nia, false],
  ])('is not offered for %s', async (_, account, email) => {
    const fetch = server(email, () => jsonResponse(200, account));
    renderWithApp(<EditAccount userId={nia.id} onClose={() => {}} />);
    expect(await screen.findByRole('button', { name: 'Save account' })).toBeInTheDocument();
    // The settings may come after the account: give them time to.
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole('button', { name: 'Email a link to set a password' })).not.toBeInTheDocument();
  });
});

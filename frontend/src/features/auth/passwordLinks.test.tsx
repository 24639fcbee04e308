import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { sessionStore } from '../../api';
import { keys } from '../../lib/keys';
import { coordinator, jsonResponse, meAs, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { ForgotPassword } from './ForgotPassword';
import { SetPassword } from './SetPassword';
import { SignIn } from './SignIn';

afterEach(() => {
  // Unmounted first: signing out would otherwise update pages the test has done with.
  cleanup();
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

const invitation = { purpose: 'invitation', username: 'new.person', display_name: 'Nia Person', expires_at: '2026-12-14T10:00:00Z' };

const invited = { ...coordinator, id: '33333333-3333-3333-3333-333333333333', username: 'new.person', display_name: 'Nia Person' };

/** What signing in answers, less the user. */
const pair = { access_token: 'a', refresh_token: null, token_type: 'Bearer', expires_in: 900, must_change_password: false };

const refusedLink = () =>
  jsonResponse(422, {
    title: 'Validation failed',
    status: 422,
    errors: [{ field: 'token', message: 'this link has expired or was already used' }],
  });

/** Where the router is, to see what the address bar shows. */
function Address() {
  const { pathname, search } = useLocation();
  return <output aria-label="Address">{pathname + search}</output>;
}

function openLink(token = 'secret-1') {
  return renderWithApp(
    <>
      <SetPassword />
      <Address />
    </>,
    undefined,
    `/set-password?token=${token}`,
  );
}

describe('the set-password page', () => {
  it('greets the invited person, keeps the secret out of the address, and signs them in', async () => {
    const fetch = serve((_, path) => {
      if (path === '/api/auth/password-link') return jsonResponse(200, invitation);
      if (path === '/api/auth/set-password') return jsonResponse(200, { ...pair, user: invited });
      return jsonResponse(404, { status: 404 });
    });
    const user = userEvent.setup();
    openLink();

    expect(await screen.findByRole('heading', { name: 'Welcome to Coachfolio, Nia Person' })).toBeInTheDocument();
    expect(screen.getByText('Your username is new.person. Choose your password.')).toBeInTheDocument();
    expect(screen.getByLabelText('Address')).toHaveTextContent(/^\/set-password$/);
    expect(await fetch.mock.calls[0]![0].clone().json()).toEqual({ token: 'secret-1' });

    await user.type(screen.getByLabelText(/^new password/i), 'a-long-new-password');
    await user.type(screen.getByLabelText(/confirm new password/i), 'a-long-new-passwork');
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    expect(screen.getByLabelText(/confirm new password/i)).toHaveAccessibleDescription(/do not match/);
    expect(fetch).toHaveBeenCalledTimes(1);

    await user.clear(screen.getByLabelText(/confirm new password/i));
    await user.type(screen.getByLabelText(/confirm new password/i), 'a-long-new-password');
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    await waitFor(() => expect(screen.getByLabelText('Address')).toHaveTextContent(/^\/$/));
    expect(await fetch.mock.calls[1]![0].clone().json()).toEqual({
      token: 'secret-1',
      new_password: 'a-long-new-password',
      refresh_cookie: true,
    });
    expect(sessionStore.get()?.user.username).toBe('new.person');
  });

  it('says whom a signed-in person would stop being', async () => {
    signInAsCoordinator();
    serve(() => jsonResponse(200, { ...invitation, purpose: 'reset' }));
    openLink();
    expect(await screen.findByRole('heading', { name: 'Choose a new password for new.person' })).toBeInTheDocument();
    expect(screen.getByText(/You are signed in as Casey Coordinator\. Choosing this password signs you in as new\.person/)).toBeInTheDocument();
  });

  it('shows a weak password’s problem beside the field', async () => {
    serve((_, path) =>
      path === '/api/auth/password-link'
        ? jsonResponse(200, invitation)
        : jsonResponse(422, {
            title: 'Validation failed',
            status: 422,
            errors: [{ field: 'new_password', message: 'must not contain your username or email' }],
          }),
    );
    const user = userEvent.setup();
    openLink();
    await user.type(await screen.findByLabelText(/^new password/i), 'new.person-123456');
    await user.type(screen.getByLabelText(/confirm new password/i), 'new.person-123456');
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/^new password/i)).toHaveAccessibleDescription(/must not contain your username or email/),
    );
  });

  it('offers a new link when the link expired or was used', async () => {
    serve(refusedLink);
    openLink('spent');
    expect(await screen.findByRole('heading', { name: 'This link no longer works' })).toBeInTheDocument();
    expect(screen.getByText(/expired or was already used/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute('href', '/forgot-password');
  });

  it('offers a new link when the link is spent while the password is chosen', async () => {
    serve((_, path) => (path === '/api/auth/password-link' ? jsonResponse(200, invitation) : refusedLink()));
    const user = userEvent.setup();
    openLink();
    await user.type(await screen.findByLabelText(/^new password/i), 'a-long-new-password');
    await user.type(screen.getByLabelText(/confirm new password/i), 'a-long-new-password');
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByRole('heading', { name: 'This link no longer works' })).toBeInTheDocument();
  });
});

describe('forgot password', () => {
  const message = 'If an account has this address, a link to choose a new password is on its way. It works for an hour.';

  it('shows the server’s answer and leads back to sign-in', async () => {
    const fetch = serve(() => jsonResponse(202, { message }));
    const user = userEvent.setup();
    renderWithApp(<ForgotPassword />, undefined, '/forgot-password');
    await user.type(screen.getByLabelText(/^email/i), ' nia@example.org ');
    await user.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect(await screen.findByRole('status')).toHaveTextContent(message);
    expect(await fetch.mock.calls[0]![0].clone().json()).toEqual({ email: 'nia@example.org' });
    expect(screen.getByRole('link', { name: 'Back to sign in' })).toHaveAttribute('href', '/');
  });

  it('shows a refused address beside the field, and too many asks on top', async () => {
    let status = 422;
    serve(() =>
      jsonResponse(status, {
        title: 'Refused',
        status,
        detail: 'too many attempts; try again in 42 seconds',
        errors: status === 422 ? [{ field: 'email', message: 'must be a valid email address' }] : [],
      }),
    );
    const user = userEvent.setup();
    renderWithApp(<ForgotPassword />, undefined, '/forgot-password');
    await user.type(screen.getByLabelText(/^email/i), 'nia@');
    await user.click(screen.getByRole('button', { name: 'Email me a link' }));
    await waitFor(() => expect(screen.getByLabelText(/^email/i)).toHaveAccessibleDescription(/must be a valid email address/));

    status = 429;
    await user.click(screen.getByRole('button', { name: 'Email me a link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts, try again in a minute');
  });
});

describe('the sign-in page', () => {
  it.each([
    [true, 1],
    [false, 0],
  ])('with email %s offers “Forgot your password?” %i time(s)', async (email, links) => {
    serve(() => jsonResponse(200, { email }));
    renderWithApp(<SignIn />);
    // The form shows at once; the link comes with the settings.
    expect(await screen.findByLabelText(/username or email/i)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryAllByRole('link', { name: 'Forgot your password?' })).toHaveLength(links));
  });
});

describe('the app', () => {
  function renderApp(route: string, queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })) {
    render(
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[route]}>
          <App />
        </MemoryRouter>
      </QueryClientProvider>,
    );
  }

  it('opens a password link where someone else is signed in', async () => {
    signInAsCoordinator();
    serve(() => jsonResponse(200, invitation));
    renderApp('/set-password?token=secret-1');
    expect(await screen.findByRole('heading', { name: 'Welcome to Coachfolio, Nia Person' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('shows the person who chose a password nothing cached for whoever was signed in', async () => {
    signInAsCoordinator();
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    queryClient.setQueryData(keys.me, meAs('coordinator'));
    serve((_, path) => {
      if (path === '/api/auth/password-link') return jsonResponse(200, invitation);
      if (path === '/api/auth/set-password') return jsonResponse(200, { ...pair, user: invited });
      // The new person's account is still on its way.
      return new Promise<Response>(() => {});
    });
    const user = userEvent.setup();
    renderApp('/set-password?token=secret-1', queryClient);
    await user.type(await screen.findByLabelText(/^new password/i), 'a-long-new-password');
    await user.type(screen.getByLabelText(/confirm new password/i), 'a-long-new-password');
    await user.click(screen.getByRole('button', { name: 'Set password' }));
    expect(await screen.findByText('Loading your account…')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Welcome, Casey Coordinator' })).not.toBeInTheDocument();
  });

  it('opens the forgot-password page signed out', async () => {
    serve(() => jsonResponse(200, { email: true }));
    renderApp('/forgot-password');
    expect(await screen.findByRole('heading', { name: 'Forgot your password?' })).toBeInTheDocument();
  });
});

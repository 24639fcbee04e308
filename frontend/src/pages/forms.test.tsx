import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../api';
import { CONFLICT_MESSAGE } from '../api/problem';
import type { District } from '../api/types';
import { PROGRAM_ID, coordinator, jsonResponse, renderWithApp } from '../test/render';
import { ChangePassword } from './ChangePassword';
import { Cohorts } from './Cohorts';
import { Districts } from './Districts';
import { SignIn, TOO_MANY_ATTEMPTS, WRONG_CREDENTIALS } from './SignIn';

type Handler = (method: string, path: string, req: Request) => Response | Promise<Response>;

function serve(handler: Handler) {
  const fetch = vi.fn(async (req: Request) => handler(req.method, new URL(req.url).pathname, req));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

beforeEach(() => {
  sessionStore.set({
    access_token: 'access-1',
    refresh_token: 'refresh-1',
    expires_at: Date.now() + 900_000,
    must_change_password: false,
    user: coordinator,
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

describe('validation errors beside their fields', () => {
  it('links a server field error to its input with aria-describedby', async () => {
    serve((method, path) => {
      if (method === 'GET' && path === `/api/programs/${PROGRAM_ID}/cohorts`) return jsonResponse(200, []);
      if (method === 'POST' && path === `/api/programs/${PROGRAM_ID}/cohorts`) {
        return jsonResponse(422, {
          type: 'https://coachfolio.example/problems/validation',
          title: 'Validation failed',
          status: 422,
          detail: 'The request has invalid fields.',
          errors: [{ field: 'label', message: 'Label must not be empty' }],
        });
      }
      return jsonResponse(404, { title: 'Not Found', status: 404 });
    });
    const user = userEvent.setup();
    renderWithApp(<Cohorts />);
    await user.type(await screen.findByLabelText(/start date/i), '2026-09-01');
    await user.click(screen.getByRole('button', { name: 'Create cohort' }));

    const label = screen.getByRole('textbox', { name: /label/i });
    await waitFor(() => expect(label).toHaveAttribute('aria-invalid', 'true'));
    expect(label).toHaveAccessibleDescription(/Label must not be empty/);
    // The field error is not repeated at the top of the form.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

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
    expect(await req.clone().json()).toEqual({ current_password: 'temporary-pass-1', new_password: 'passwordpassword' });
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

describe('stale writes (412)', () => {
  it('offers a reload that keeps what was typed, then saves with the new version', async () => {
    let current: District = {
      id: 'd1',
      program_id: PROGRAM_ID,
      name: 'Sierra Unified',
      county: 'Fresno',
      version: 1,
    };
    const patches: { ifMatch: string | null; body: unknown }[] = [];
    let serverChanged = false;
    serve(async (method, path, req) => {
      if (method === 'GET' && path === `/api/programs/${PROGRAM_ID}/districts`) return jsonResponse(200, [current]);
      if (method === 'PATCH' && path === '/api/districts/d1') {
        const body = await req.json();
        patches.push({ ifMatch: req.headers.get('If-Match'), body });
        if (!serverChanged) {
          // Someone else saved version 2 meanwhile.
          serverChanged = true;
          current = { ...current, county: 'Madera', version: 2 };
        }
        if (req.headers.get('If-Match') !== `"${current.version}"`) {
          return jsonResponse(412, { title: 'Precondition Failed', status: 412, detail: 'stale version' });
        }
        current = { ...current, ...(body as object), version: current.version + 1 };
        return jsonResponse(200, current);
      }
      return jsonResponse(404, { title: 'Not Found', status: 404 });
    });

    const user = userEvent.setup();
    renderWithApp(<Districts />);
    await user.click(await screen.findByRole('button', { name: /edit sierra unified/i }));
    const edit = within(screen.getByRole('region', { name: /edit sierra unified/i }));
    const name = edit.getByRole('textbox', { name: /district name/i });
    await user.clear(name);
    await user.type(name, 'Sierra Joint Unified');
    await user.click(screen.getByRole('button', { name: 'Save district' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(CONFLICT_MESSAGE);
    expect(patches[0]!.ifMatch).toBe('"1"');

    await user.click(edit.getByRole('button', { name: /reload/i }));
    await waitFor(() => expect(screen.getByRole('cell', { name: 'Madera' })).toBeInTheDocument());
    // The typed name survived the reload.
    expect(edit.getByRole('textbox', { name: /district name/i })).toHaveValue('Sierra Joint Unified');

    await user.click(screen.getByRole('button', { name: 'Save district' }));
    await waitFor(() => expect(patches).toHaveLength(2));
    expect(patches[1]!.ifMatch).toBe('"2"');
    // The field the user did not touch took the other person's value.
    expect(patches[1]!.body).toEqual({ name: 'Sierra Joint Unified', county: 'Madera' });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Save district' })).not.toBeInTheDocument());
  });
});

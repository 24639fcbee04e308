import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { Preference, Preferences, PreferencesChange } from '../../api/types';
import { jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { NotificationSettings } from './NotificationSettings';
import { preferences } from './testData';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

const PATH = '/api/me/notification-preferences';

/**
 * The email settings as the person finds them; the server keeps the choices it is sent (as the
 * API does, only the kinds listed) unless `refusal` answers, and keeps what each save sent.
 */
function open(stored: Preferences, refusal?: Response) {
  let current = stored;
  const sent: Preference[][] = [];
  serve(async (method, path, req) => {
    if (path !== PATH) return jsonResponse(404, { status: 404, title: 'Not Found' });
    if (method === 'PATCH') {
      const { items } = (await req.json()) as PreferencesChange;
      sent.push(items);
      if (refusal) return refusal;
      current = { ...current, items: current.items.map((p) => items.find((i) => i.kind === p.kind) ?? p) };
    }
    return jsonResponse(200, current);
  });
  renderWithApp(<NotificationSettings />, undefined, '/notifications/settings');
  return { user: userEvent.setup(), sent };
}

/** A kind's choices, by its label. */
const kind = (label: string) => screen.getByRole('group', { name: label });
const choice = (label: string, timing: string) => within(kind(label)).getByRole('radio', { name: timing });
const save = () => screen.getByRole('button', { name: 'Save changes' });

describe('the email settings', () => {
  it('shows every kind, in its group, with the choice the server has', async () => {
    open(preferences({ follow_up: 'off', event_changed: 'daily_digest' }));

    const logs = await screen.findByRole('group', { name: 'Coaching logs' });
    expect(within(logs).getAllByRole('group').map((g) => g.querySelector('legend')?.textContent)).toEqual([
      'Coaching log to acknowledge',
      'Coaching log returned',
      'Coaching log acknowledged',
    ]);
    expect(screen.getByRole('group', { name: 'Events' })).toContainElement(kind('Event changed'));
    expect(
      screen.getByText('The daily digest is emailed once a day: at 7:00 (America/Los Angeles time) for Demo County CASC.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Follow-ups and completion' })).toContainElement(kind('Follow-up'));
    expect(within(kind('Follow-up')).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual([
      'immediately',
      'daily_digest',
      'off',
    ]);
    expect(choice('Follow-up', 'Off')).toBeChecked();
    expect(choice('Event changed', 'In the daily digest')).toBeChecked();
    expect(choice('Coaching log returned', 'Immediately')).toBeChecked();
    // Fourteen kinds: account emails are always sent, not a choice.
    expect(screen.getAllByRole('radio', { checked: true })).toHaveLength(14);
    expect(screen.queryByRole('group', { name: 'Invitation to choose a password' })).not.toBeInTheDocument();
    expect(screen.getByText(/The app still lists every notification/)).toBeInTheDocument();
    // Nothing to save yet.
    expect(save()).toBeDisabled();
  });

  it('sends only the kinds changed, and says they were saved', async () => {
    const { user, sent } = open(preferences({ follow_up: 'off' }));
    await user.click(await waitFor(() => choice('Request decided', 'Off')));
    await user.click(choice('Event cancelled', 'In the daily digest'));
    // Changed and changed back: not sent.
    await user.click(choice('Follow-up', 'Immediately'));
    await user.click(choice('Follow-up', 'Off'));
    await user.click(save());

    expect(await screen.findByRole('status')).toHaveTextContent('Email settings saved.');
    expect(sent).toEqual([
      [
        { kind: 'request_decided', email: 'off' },
        { kind: 'event_cancelled', email: 'daily_digest' },
      ],
    ]);
    expect(choice('Request decided', 'Off')).toBeChecked();
    expect(choice('Event cancelled', 'In the daily digest')).toBeChecked();
    expect(save()).toBeDisabled();

    // The next change takes the notice down.
    await user.click(choice('Registered for an event', 'Off'));
    expect(screen.queryByText('Email settings saved.')).not.toBeInTheDocument();
    expect(save()).toBeEnabled();
  });

  it('shows a refused kind beside its choices, and keeps what was chosen', async () => {
    const { user } = open(
      preferences(),
      jsonResponse(422, {
        status: 422,
        title: 'Validation failed',
        errors: [{ field: 'items[1].kind', message: 'is not yours to choose' }],
      }),
    );
    await user.click(await waitFor(() => choice('Coaching log returned', 'Off')));
    await user.click(choice('Request closed', 'In the daily digest'));
    await user.click(save());

    await waitFor(() => expect(choice('Request closed', 'Off')).toHaveAccessibleDescription('is not yours to choose'));
    expect(choice('Coaching log returned', 'Off')).toHaveAccessibleDescription('');
    expect(choice('Request closed', 'In the daily digest')).toBeChecked();
    expect(screen.queryByText('Email settings saved.')).not.toBeInTheDocument();
    expect(save()).toBeEnabled();
  });

  it('says why the server refused the save', async () => {
    const { user } = open(preferences(), jsonResponse(503, { status: 503, title: 'Service Unavailable', detail: 'the database is busy' }));
    await user.click(await waitFor(() => choice('Follow-up', 'Off')));
    await user.click(save());

    expect(await screen.findByRole('alert')).toHaveTextContent('the database is busy');
    expect(choice('Follow-up', 'Off')).toBeChecked();
  });

  it('says when the settings cannot be read', async () => {
    serve(() => jsonResponse(500, { status: 500, title: 'Internal Server Error', detail: 'the server failed' }));
    renderWithApp(<NotificationSettings />, undefined, '/notifications/settings');
    expect(await screen.findByRole('alert')).toHaveTextContent('the server failed');
    expect(screen.queryByRole('button', { name: 'Save changes' })).not.toBeInTheDocument();
  });
});

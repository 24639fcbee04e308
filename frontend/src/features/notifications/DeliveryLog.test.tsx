import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { Delivery } from '../../api/types';
import { formatInstant } from '../../lib/labels';
import { appContextAs, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { DeliveryLog } from './DeliveryLog';
import { delivery } from './testData';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

const failed = delivery({
  id: 'd-0',
  kind: 'follow_up',
  recipient: 'cand.brooks',
  created_at: '2026-12-06T17:00:00Z',
  email_status: 'failed',
  attempts: 6,
  last_error: '550 5.1.1 mailbox unavailable',
});

/**
 * The delivery log as the administrator reads it; the server answers with those of `items` in
 * the status asked for, or with `refusal`, and keeps the query strings it was asked.
 */
function open(items: Delivery[], refusal?: Response) {
  const asked: string[] = [];
  serve((_m, path, req) => {
    if (path !== '/api/notification-deliveries') return jsonResponse(404, { status: 404, title: 'Not Found' });
    const query = new URL(req.url).searchParams;
    asked.push(query.toString());
    if (refusal) return refusal;
    const status = query.get('email_status');
    const shown = items.filter((d) => !status || d.email_status === status);
    return jsonResponse(200, { items: shown, page: 1, per_page: 50, total: shown.length });
  });
  renderWithApp(<DeliveryLog />, appContextAs('administrator'), '/notification-deliveries');
  return { user: userEvent.setup(), asked };
}

const rows = async () => (await screen.findAllByRole('row')).slice(1);
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('the email delivery log', () => {
  it('lists each email: when, what about, to whom, where it stands, its attempts and why it failed', async () => {
    open([delivery(), failed]);
    const [pending, gaveUp] = await rows();

    expect(within(pending!).getByRole('rowheader')).toHaveTextContent(formatInstant('2026-12-07T18:00:00Z'));
    expect(cells(pending!)).toEqual([
      'Coaching log to acknowledge',
      'cand.alvarez',
      'Pending',
      '0',
      formatInstant('2026-12-07T18:00:00Z'),
      '—',
      '—',
    ]);
    // A failed email is not tried again: no next attempt.
    expect(cells(gaveUp!)).toEqual(['Follow-up', 'cand.brooks', 'Failed', '6', '—', '—', '550 5.1.1 mailbox unavailable']);
    expect(screen.getByText(/Without SMTP configured on the server nothing is sent, and emails stay pending/)).toBeInTheDocument();
    expect(screen.getByText('2 records')).toBeInTheDocument();
  });

  it('shows the emails in one status', async () => {
    const { user, asked } = open([delivery(), failed]);
    await rows();
    await user.selectOptions(screen.getByLabelText('Status'), 'Failed');

    await vi.waitFor(async () => expect(await rows()).toHaveLength(1));
    expect(cells((await rows())[0]!)).toContain('cand.brooks');
    expect(asked).toEqual(['page=1&per_page=50', 'email_status=failed&page=1&per_page=50']);

    await user.selectOptions(screen.getByLabelText('Status'), 'Expired');
    expect(await screen.findByText('No emails match.')).toBeInTheDocument();
  });

  it('says so when the server refuses it', async () => {
    open(
      [],
      jsonResponse(403, { status: 403, title: 'Forbidden', detail: 'only the installation administrator reads the delivery log' }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('only the installation administrator reads the delivery log');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

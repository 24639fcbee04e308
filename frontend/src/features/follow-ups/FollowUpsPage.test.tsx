import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { FollowUp } from '../../api/types';
import { appContextAs, coordinator, jsonResponse, renderWithApp, serve, signInAsCoordinator, type Who } from '../../test/render';
import { enrollment } from '../documents/testData';
import { FollowUpsPage } from './FollowUpsPage';
import { ENROLLMENT_ID, FOLLOW_UP_ID, followUp, resolved, sofia } from './testData';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

const LIST = `/api/enrollments/${ENROLLMENT_ID}/follow-ups`;

/** The value beside `term` in the facts of `scope`. */
const fact = (scope: HTMLElement, term: string) => within(scope).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;

interface Sent {
  method: string;
  path: string;
  body: unknown;
  ifMatch: string | null;
}

interface Options {
  /** The follow-ups the server holds, newest first. */
  items?: FollowUp[];
  canContact?: boolean;
  who?: Who;
  /** The address after `/enrollments/:id/follow-ups`, e.g. `?flags=…`. */
  query?: string;
  /** Answers a write; by default the server's usual answer. */
  answer?: (sent: Sent) => Response | undefined;
}

/**
 * Sofia Alvarez's follow-ups, read by the coordinator (who may contact her) unless `who` says
 * otherwise; the server keeps what is sent and answers as the API does.
 */
function open({ items = [followUp()], canContact = true, who = 'coordinator', query = '', answer }: Options = {}) {
  let list = [...items];
  const sent: Sent[] = [];
  serve(async (method, path, req) => {
    if (path === `/api/enrollments/${ENROLLMENT_ID}`) return jsonResponse(200, enrollment());
    if (method === 'GET' && path === LIST) return jsonResponse(200, { can_contact: canContact, items: list });
    const text = await req.text();
    const s = { method, path, body: text ? JSON.parse(text) : undefined, ifMatch: req.headers.get('If-Match') };
    sent.push(s);
    const custom = answer?.(s);
    if (custom) return custom;
    if (method === 'POST' && path === LIST) {
      const body = s.body as { message: string; flags?: FollowUp['flags'] };
      const created = followUp({ id: 'new-follow-up', message: body.message, flags: body.flags ?? [], created_at: '2026-12-07T18:00:00Z' });
      list = [created, ...list];
      return jsonResponse(201, created);
    }
    if (path === `/api/follow-ups/${FOLLOW_UP_ID}/resolve`) {
      const done = resolved((s.body as { note: string | null }).note);
      list = list.map((f) => (f.id === done.id ? done : f));
      return jsonResponse(200, done);
    }
    if (path === `/api/follow-ups/${FOLLOW_UP_ID}/reopen`) {
      const again = followUp({ version: 3 });
      list = list.map((f) => (f.id === again.id ? again : f));
      return jsonResponse(200, again);
    }
    return jsonResponse(404, { status: 404, title: 'Not Found' });
  });
  const user = who === 'candidate' ? { ...coordinator, id: sofia.id } : coordinator;
  renderWithApp(
    <Routes>
      <Route path="/enrollments/:id/follow-ups" element={<FollowUpsPage />} />
    </Routes>,
    appContextAs(who, user),
    `/enrollments/${ENROLLMENT_ID}/follow-ups${query}`,
  );
  return { user: userEvent.setup(), sent };
}

const cards = () => screen.findAllByRole('article', { name: /^Follow-up of / });

describe('a candidate’s follow-ups', () => {
  it('lists each follow-up with its status, message, what it is about, who sent it and who resolved it', async () => {
    open({ items: [followUp({ id: 'f-2', created_at: '2026-12-06T17:00:00Z' }), resolved('Two sessions booked.', { id: 'f-1' })] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Follow-ups of Sofia Alvarez' })).toBeInTheDocument();
    const [open_, done] = await cards();

    expect(open_).toHaveTextContent('Open');
    expect(open_).toHaveTextContent('Please schedule your coaching sessions for December.');
    expect(fact(open_!, 'About')).toHaveTextContent('Coaching hours behind pace');
    expect(fact(open_!, 'Sent by')).toHaveTextContent(/^Casey Coordinator on /);
    expect(within(open_!).queryByText('Resolved by')).not.toBeInTheDocument();
    expect(within(open_!).getByRole('button', { name: 'Resolve' })).toBeInTheDocument();

    expect(done).toHaveTextContent('Resolved');
    expect(fact(done!, 'Resolved by')).toHaveTextContent(/^Casey Coordinator on /);
    expect(fact(done!, 'What came of it')).toHaveTextContent('Two sessions booked.');
    expect(within(done!).getByRole('button', { name: 'Reopen' })).toBeInTheDocument();
    expect(within(done!).queryByRole('button', { name: 'Resolve' })).not.toBeInTheDocument();
  });

  it('says when there are none', async () => {
    open({ items: [] });
    expect(await screen.findByText('No follow-ups yet.')).toBeInTheDocument();
  });

  it('contacts the candidate about the follow-ups passed in the address, with the server’s refusal beside the message', async () => {
    const { user, sent } = open({
      items: [],
      query: '?flags=no_hours_this_month,hours_behind_pace,not_a_flag',
      answer: ({ method, body }) =>
        method === 'POST' && !(body as { message: string }).message
          ? jsonResponse(422, {
              status: 422,
              title: 'Invalid input',
              errors: [{ field: 'message', message: 'say what the candidate should know or do' }],
            })
          : undefined,
    });
    const form = await screen.findByRole('region', { name: 'Contact the candidate' });
    const about = within(form).getByRole('group', { name: 'What it is about' });
    expect(within(about).getByLabelText('No coaching logged this month')).toBeChecked();
    expect(within(about).getByLabelText('Coaching hours behind pace')).toBeChecked();
    expect(within(about).getByLabelText('Installments overdue')).not.toBeChecked();

    await user.click(within(form).getByRole('button', { name: 'Send' }));
    const message = within(form).getByLabelText(/^Message to the candidate/);
    await waitFor(() => expect(message).toHaveAccessibleDescription(/say what the candidate should know or do/));
    expect(message).toHaveAttribute('aria-invalid', 'true');

    await user.click(within(about).getByLabelText('Installments overdue'));
    await user.type(message, 'Please log two coaching sessions before the break.');
    await user.click(within(form).getByRole('button', { name: 'Send' }));

    const [card] = await cards();
    expect(card).toHaveTextContent('Please log two coaching sessions before the break.');
    expect(sent.at(-1)).toEqual({
      method: 'POST',
      path: LIST,
      ifMatch: null,
      body: {
        message: 'Please log two coaching sessions before the break.',
        flags: ['no_hours_this_month', 'hours_behind_pace', 'installments_overdue'],
      },
    });
    expect(fact(card!, 'About')).toHaveTextContent('No coaching logged this monthCoaching hours behind paceInstallments overdue');
    // The form is empty again, without an error.
    expect(message).toHaveValue('');
    expect(message).not.toHaveAttribute('aria-invalid');
    expect(within(about).queryAllByRole('checkbox', { checked: true })).toHaveLength(0);
  });

  it('shows beside the flags a flag the server names twice', async () => {
    const { user } = open({
      items: [],
      query: '?flags=ilp',
      answer: () => jsonResponse(422, { status: 422, title: 'Invalid input', errors: [{ field: 'flags[1]', message: 'is named twice' }] }),
    });
    const form = await screen.findByRole('region', { name: 'Contact the candidate' });
    await user.type(within(form).getByLabelText(/^Message to the candidate/), 'Your ILP.');
    await user.click(within(form).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(within(form).getByLabelText('ILP')).toHaveAccessibleDescription('is named twice'));
  });

  it('resolves a follow-up with what came of it, as read (If-Match)', async () => {
    const { user, sent } = open();
    const [card] = await cards();
    await user.type(within(card!).getByLabelText('What came of it'), 'Two sessions booked.');
    await user.click(within(card!).getByRole('button', { name: 'Resolve' }));
    await waitFor(() => expect(fact(card!, 'What came of it')).toHaveTextContent('Two sessions booked.'));
    expect(sent).toEqual([
      { method: 'POST', path: `/api/follow-ups/${FOLLOW_UP_ID}/resolve`, ifMatch: '"1"', body: { note: 'Two sessions booked.' } },
    ]);
    expect(card).toHaveTextContent('Resolved');
    expect(within(card!).queryByRole('button', { name: 'Resolve' })).not.toBeInTheDocument();

    await user.click(within(card!).getByRole('button', { name: 'Reopen' }));
    await waitFor(() => expect(within(card!).getByRole('button', { name: 'Resolve' })).toBeInTheDocument());
    expect(sent.at(-1)).toEqual({ method: 'POST', path: `/api/follow-ups/${FOLLOW_UP_ID}/reopen`, ifMatch: '"2"', body: undefined });
  });

  it('shows the follow-up as it is now when someone else resolved it meanwhile (412)', async () => {
    const theirs = resolved('Called her.', { resolved_by: sofia });
    const { user } = open({
      answer: () => jsonResponse(412, { status: 412, title: 'Precondition Failed', current: theirs }),
    });
    const [card] = await cards();
    await user.click(within(card!).getByRole('button', { name: 'Resolve' }));
    expect(await within(card!).findByRole('alert')).toHaveTextContent(/Someone else changed this follow-up meanwhile/);
    expect(fact(card!, 'What came of it')).toHaveTextContent('Called her.');
    expect(within(card!).queryByRole('button', { name: 'Resolve' })).not.toBeInTheDocument();
  });

  it('is read-only for the candidate: no form and no buttons', async () => {
    const none = { resolve: false, reopen: false };
    open({ who: 'candidate', canContact: false, items: [followUp({ can: none }), resolved(null, { id: 'f-0', can: none })] });
    expect(await screen.findByRole('heading', { level: 1, name: 'My follow-ups' })).toBeInTheDocument();
    expect(await cards()).toHaveLength(2);
    expect(screen.queryByRole('region', { name: 'Contact the candidate' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });
});

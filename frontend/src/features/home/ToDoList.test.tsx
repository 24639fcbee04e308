import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import { PROGRAM_ID, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { person } from '../events/testData';
import type { ToDo, ToDoKind } from '../../api/types';
import { ToDoList } from './ToDoList';

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

const lily = person('Lily Chen', 'cand.chen');
const marcus = person('Marcus Brooks', 'cand.brooks');
const ENROLLMENT = 'enrollment-chen';
const RECORD = 'record-1';

/** An item of `kind` on the signed-in person's own enrollment, but what `overrides` say. */
function toDo(kind: ToDoKind, overrides: Partial<ToDo> = {}): ToDo {
  return { kind, enrollment_id: ENROLLMENT, candidate: null, record_id: null, detail: '', due_on: null, overdue: false, count: 1, items: [], ...overrides };
}

/** The list answered with `items`. */
function open(items: ToDo[]) {
  serve((_method, path) => {
    if (path === `/api/programs/${PROGRAM_ID}/to-do`) return jsonResponse(200, { as_of: '2026-12-07', items });
    return jsonResponse(404, { status: 404, title: 'Not Found' });
  });
  renderWithApp(<ToDoList programId={PROGRAM_ID} />);
}

/** The list item holding the link named `name`. */
async function itemOf(name: string | RegExp): Promise<HTMLElement> {
  const link = await screen.findByRole('link', { name });
  return link.closest('li')!;
}

describe('what’s next', () => {
  it('links each kind to the page where it is done', async () => {
    const cases: [ToDo, string, string][] = [
      [toDo('acknowledge_log', { record_id: RECORD, detail: 'meeting of 2026-11-04' }), 'Acknowledge a coaching log', `/coaching-logs/${RECORD}`],
      [toDo('log_returned', { record_id: 'log-2', candidate: lily }), 'Revise a returned coaching log — Lily Chen', '/coaching-logs/log-2'],
      [toDo('awaiting_acknowledgement', { candidate: lily }), 'Coaching logs waiting for acknowledgement — Lily Chen', `/enrollments/${ENROLLMENT}/coaching-logs`],
      [toDo('reflection_due'), 'Submit a reflection', `/enrollments/${ENROLLMENT}/reflections`],
      [toDo('ilp_steps_due', { record_id: 'ilp-1' }), 'ILP action steps due', '/ilps/ilp-1'],
      [toDo('application_to_practice'), 'Submit the Application to Practice', `/enrollments/${ENROLLMENT}/application-to-practice`],
      [toDo('register_for_event', { record_id: 'event-1' }), 'Register for a required meeting', '/events/event-1'],
      [toDo('installments_due'), 'Installments due', `/enrollments/${ENROLLMENT}/fees`],
      [toDo('logs_this_month'), 'Coaching this month below the monthly minimum', `/enrollments/${ENROLLMENT}/hours`],
      [toDo('coaching_hours_behind'), 'Coaching hours behind pace', `/enrollments/${ENROLLMENT}/hours`],
      [toDo('completion_items_missing'), 'Completion items not met', `/enrollments/${ENROLLMENT}/completion`],
      [toDo('confirm_completion', { candidate: marcus }), 'Confirm completion items — Marcus Brooks', `/enrollments/${ENROLLMENT}/completion`],
      [toDo('sign_completion'), 'Sign the Program Completion Verification', `/enrollments/${ENROLLMENT}/completion`],
      [toDo('approve_professional_learning', { enrollment_id: null }), 'Approve professional learning', '/professional-learning'],
      [toDo('decide_requests', { enrollment_id: null }), 'Decide requests', '/requests'],
    ];
    open(cases.map(([item]) => item));
    expect(screen.getByRole('heading', { level: 2, name: 'What’s next' })).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'What’s next' });
    const links = await within(list).findAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual(cases.map(([, name, href]) => [name, href]));
  });

  it('names the candidate of items about someone else’s enrollment, and tells the detail and the due date', async () => {
    open([
      toDo('coaching_hours_behind', { candidate: lily, detail: '0 h 00 this year; 40 h 00 still needed' }),
      toDo('reflection_due', { detail: 'interim reflection', due_on: '2027-01-06' }),
    ]);
    const lilys = await itemOf('Coaching hours behind pace — Lily Chen');
    expect(lilys).toHaveTextContent('0 h 00 this year; 40 h 00 still needed');
    expect(within(lilys).getByRole('link')).toHaveAttribute('href', `/enrollments/${ENROLLMENT}/hours`);
    const mine = await itemOf('Submit a reflection');
    expect(mine).toHaveTextContent('interim reflection · due Jan 6, 2027');
    expect(within(mine).queryByText('Overdue')).not.toBeInTheDocument();
  });

  it('marks what is overdue', async () => {
    open([
      toDo('installments_due', { detail: '$3500.00', due_on: '2025-11-01', overdue: true, count: 1 }),
      toDo('logs_this_month', { detail: '0 h of 4 h 30 logged in 2026-12' }),
    ]);
    const installments = await itemOf('Installments due');
    expect(within(installments).getByText('Overdue')).toHaveClass('badge', 'badge-overdue');
    expect(installments).toHaveTextContent('$3500.00 · due Nov 1, 2025');
    expect(within(await itemOf('Coaching this month below the monthly minimum')).queryByText('Overdue')).not.toBeInTheDocument();
  });

  it('lists the completion items it names, as the form words them', async () => {
    open([toDo('completion_items_missing', { detail: '2 not met', count: 2, items: ['application_to_practice', 'reflections'] })]);
    const item = await itemOf('Completion items not met');
    const named = within(within(item).getByRole('list', { name: 'Completion items: Completion items not met' })).getAllByRole('listitem');
    expect(named.map((n) => n.textContent)).toEqual(['Submitted the Application to Practice', 'Submitted the initial, interim and ending reflections']);
  });

  it('gives each link a name of its own when two items would read the same', async () => {
    open([
      toDo('acknowledge_log', { record_id: 'log-1', detail: 'meeting of 2026-11-04' }),
      toDo('acknowledge_log', { record_id: 'log-2', detail: 'meeting of 2026-11-18' }),
      toDo('logs_this_month', { candidate: lily, enrollment_id: 'e-lily' }),
      toDo('logs_this_month', { candidate: marcus, enrollment_id: 'e-marcus' }),
    ]);
    expect(await screen.findByRole('link', { name: 'Acknowledge a coaching log: meeting of 2026-11-04' })).toHaveAttribute('href', '/coaching-logs/log-1');
    expect(screen.getByRole('link', { name: 'Acknowledge a coaching log: meeting of 2026-11-18' })).toHaveAttribute('href', '/coaching-logs/log-2');
    expect(screen.getByRole('link', { name: 'Coaching this month below the monthly minimum — Lily Chen' })).toHaveAttribute(
      'href',
      '/enrollments/e-lily/hours',
    );
    expect(screen.getByRole('link', { name: 'Coaching this month below the monthly minimum — Marcus Brooks' })).toHaveAttribute(
      'href',
      '/enrollments/e-marcus/hours',
    );
  });

  it('says when nothing waits', async () => {
    open([]);
    expect(await screen.findByText('Nothing waits for you right now.')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});

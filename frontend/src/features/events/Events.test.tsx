import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionStore } from '../../api';
import type { ProgramEvent, Registration } from '../../api/types';
import { PROGRAM_ID, appContext, appContextAs, coordinator, jsonResponse, renderWithApp, serve, signInAsCoordinator } from '../../test/render';
import { EventDetail } from './EventDetail';
import { Events } from './Events';
import { RegistrationPage } from './RegistrationPage';
import { COHORT_A, EVENT_ID, REGISTRATION_ID, person, programEvent, registration } from './testData';

const sofia = appContextAs('candidate', { ...coordinator, id: 'id-cand.alvarez', username: 'cand.alvarez', display_name: 'Sofia Alvarez' });

const notFound = () => jsonResponse(404, { title: 'Not Found', status: 404 });

function renderAt(route: string, ctx = sofia) {
  return renderWithApp(
    <Routes>
      <Route path="/events" element={<Events />} />
      <Route path="/events/:id" element={<EventDetail />} />
      <Route path="/registrations/:id" element={<RegistrationPage />} />
    </Routes>,
    ctx,
    route,
  );
}

/** The value beside a term of a facts list. */
const fact = (term: string) => screen.getByText(term, { selector: 'dt' }).nextElementSibling;

beforeEach(signInAsCoordinator);

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStore.set(null);
});

describe('the events list', () => {
  it('registers the reader and opens the confirmation page', async () => {
    let event = programEvent();
    const posted: unknown[] = [];
    serve(async (method, path, req) => {
      if (path === `/api/programs/${PROGRAM_ID}/events`) return jsonResponse(200, [event]);
      if (method === 'POST' && path === `/api/events/${EVENT_ID}/registrations`) {
        posted.push(await req.json());
        event = { ...event, slots_used: 13, places_left: 27, can: { ...event.can, register: false } };
        return jsonResponse(201, registration());
      }
      return notFound();
    });
    const user = userEvent.setup();
    renderAt('/events');

    const card = within(await screen.findByRole('article', { name: 'Candidate Cohort Meeting' }));
    expect(screen.getByRole('heading', { name: 'September 2026' })).toBeInTheDocument();
    expect(card.getByText('Cohort meeting')).toBeInTheDocument();
    expect(card.getByText(/Thu, Sep 24, 2026, 5:30 PM – 8:00 PM/)).toHaveTextContent('PDT');
    expect(card.getByText('Demo County Office of Education, Room 101T & 274')).toBeInTheDocument();
    expect(card.getByText('28 places left of 40')).toBeInTheDocument();
    await user.click(card.getByRole('button', { name: 'Register for Candidate Cohort Meeting' }));

    expect(await screen.findByText('Registration has been saved.')).toBeInTheDocument();
    expect(posted).toEqual([{}]);
    expect(fact('Event')).toHaveTextContent('Candidate Cohort Meeting');
    expect(within(fact('Event') as HTMLElement).getByRole('link')).toHaveAttribute('href', `/events/${EVENT_ID}`);
    expect(fact('Email address')).toHaveTextContent('cand.alvarez@example.org');
    expect(fact('Slots used')).toHaveTextContent('1');
    expect(fact('User')).toHaveTextContent('Sofia Alvarez');
    expect(fact('State')).toHaveTextContent('Confirmed');
    expect(fact('Author')).toHaveTextContent('Sofia Alvarez');
    expect(screen.getByRole('button', { name: 'Cancel registration' })).toBeInTheDocument();
  });

  it('cancels a place on the waitlist with the version read', async () => {
    let event = programEvent({
      capacity: 1,
      slots_used: 1,
      places_left: 0,
      waitlisted: 2,
      my_registration: { id: REGISTRATION_ID, state: 'waitlisted', waitlist_position: 2, version: 3, can_cancel: true },
      can: { edit: false, copy: false, register: false, register_others: false, read_roster: false },
    });
    const cancels: (string | null)[] = [];
    serve((method, path, req) => {
      if (path === `/api/programs/${PROGRAM_ID}/events`) return jsonResponse(200, [event]);
      if (method === 'POST' && path === `/api/registrations/${REGISTRATION_ID}/cancel`) {
        cancels.push(req.headers.get('If-Match'));
        event = {
          ...event,
          waitlisted: 1,
          my_registration: { id: REGISTRATION_ID, state: 'cancelled', version: 4, can_cancel: false },
          can: { ...event.can, register: true },
        };
        return jsonResponse(200, registration({ state: 'cancelled', slots_used: 0, version: 4, can: { cancel: false } }));
      }
      return notFound();
    });
    const user = userEvent.setup();
    renderAt('/events');

    const card = within(await screen.findByRole('article', { name: 'Candidate Cohort Meeting' }));
    expect(card.getByText('Waitlisted — place 2')).toBeInTheDocument();
    expect(card.getByText('Full · 2 on the waitlist')).toBeInTheDocument();
    await user.click(card.getByRole('button', { name: 'Cancel registration for Candidate Cohort Meeting' }));
    expect(card.getByText('Leave the waitlist?')).toBeInTheDocument();
    await user.click(card.getByRole('button', { name: 'Yes, cancel it' }));

    await waitFor(() => expect(card.getByText('Registration cancelled')).toBeInTheDocument());
    expect(cancels).toEqual(['"3"']);
    expect(card.getByRole('button', { name: /^Register/ })).toBeInTheDocument();
  });

  it('says why registration is closed, and offers no button', async () => {
    serve((_method, path) => {
      if (path === `/api/programs/${PROGRAM_ID}/events`) {
        return jsonResponse(200, [
          programEvent({
            registration_closed_because: 'registration has closed; ask the program coordinator',
            can: { edit: false, copy: false, register: false, register_others: false, read_roster: false },
          }),
        ]);
      }
      return notFound();
    });
    renderAt('/events');
    const card = within(await screen.findByRole('article', { name: 'Candidate Cohort Meeting' }));
    expect(card.getByText('Registration has closed; ask the program coordinator.')).toBeInTheDocument();
    expect(card.queryByRole('button')).not.toBeInTheDocument();
  });

  it('offers no Cancel once the API says changes go through the coordinator, in the list and on the event', async () => {
    const locked = programEvent({
      registration_closed_because: 'registration has closed; ask the program coordinator',
      my_registration: { id: REGISTRATION_ID, state: 'confirmed', version: 1, can_cancel: false },
      can: { edit: false, copy: false, register: false, register_others: false, read_roster: false },
    });
    serve((_method, path) => {
      if (path === `/api/programs/${PROGRAM_ID}/events`) return jsonResponse(200, [locked]);
      if (path === `/api/events/${EVENT_ID}`) return jsonResponse(200, locked);
      return notFound();
    });
    const note = 'Registration changes now go through the program coordinator.';
    const { unmount } = renderAt('/events');
    const card = within(await screen.findByRole('article', { name: 'Candidate Cohort Meeting' }));
    expect(card.getByText('Registered')).toBeInTheDocument();
    expect(card.getByText(note)).toBeInTheDocument();
    expect(card.queryByRole('button')).not.toBeInTheDocument();
    expect(card.queryByText('Registration has closed; ask the program coordinator.')).not.toBeInTheDocument();
    unmount();

    renderAt(`/events/${EVENT_ID}`);
    const mine = within(await screen.findByRole('region', { name: 'Your registration' }));
    expect(mine.getByText('Registered')).toBeInTheDocument();
    expect(mine.getByText(note)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Cancel registration/ })).not.toBeInTheDocument();
  });

  it('offers Cancel on the event while the API allows it', async () => {
    const mine = programEvent({
      my_registration: { id: REGISTRATION_ID, state: 'confirmed', version: 1, can_cancel: true },
      can: { edit: false, copy: false, register: false, register_others: false, read_roster: false },
    });
    serve((_method, path) => (path === `/api/events/${EVENT_ID}` ? jsonResponse(200, mine) : notFound()));
    renderAt(`/events/${EVENT_ID}`);
    const region = within(await screen.findByRole('region', { name: 'Your registration' }));
    expect(region.getByRole('button', { name: 'Cancel registration for Candidate Cohort Meeting' })).toBeInTheDocument();
    expect(region.queryByText(/go through the program coordinator/)).not.toBeInTheDocument();
  });

  it('says why a cancelled event was cancelled, on its card and its page', async () => {
    const cancelled = programEvent({
      status: 'cancelled',
      cancelled_at: '2026-09-20T16:00:00Z',
      cancel_reason: 'The room is not available.',
      my_registration: { id: REGISTRATION_ID, state: 'event_cancelled', version: 2, can_cancel: false },
      can: { edit: false, copy: false, register: false, register_others: false, read_roster: false },
    });
    serve((_method, path) => {
      if (path === `/api/programs/${PROGRAM_ID}/events`) return jsonResponse(200, [cancelled]);
      if (path === `/api/events/${EVENT_ID}`) return jsonResponse(200, cancelled);
      return notFound();
    });
    const { unmount } = renderAt('/events');
    const card = within(await screen.findByRole('article', { name: 'Candidate Cohort Meeting' }));
    expect(card.getByText('Cancelled', { selector: '.badge' })).toBeInTheDocument();
    expect(card.getByText('The room is not available.').closest('p')).toHaveTextContent('Cancelled: The room is not available.');
    expect(card.getByText('Event cancelled')).toBeInTheDocument();
    expect(card.queryByRole('button')).not.toBeInTheDocument();
    expect(card.queryByText(/go through the program coordinator/)).not.toBeInTheDocument();
    unmount();

    renderAt(`/events/${EVENT_ID}`);
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('This event was cancelled.');
    expect(note).toHaveTextContent('Reason: The room is not available.');
  });

  it('says nothing of a reason when the coordinator gave none', async () => {
    const cancelled = programEvent({ status: 'cancelled', cancel_reason: '  ', can: { ...programEvent().can, register: false } });
    serve((_method, path) => (path === `/api/programs/${PROGRAM_ID}/events` ? jsonResponse(200, [cancelled]) : notFound()));
    renderAt('/events');
    const card = await screen.findByRole('article', { name: 'Candidate Cohort Meeting' });
    expect(within(card).getByText('Cancelled', { selector: '.badge' })).toBeInTheDocument();
    expect(card.querySelector('.cancel-reason')).toBeNull();
  });

  it('asks for the past events too when the toggle is on', async () => {
    const fetch = serve((_method, path) => (path === `/api/programs/${PROGRAM_ID}/events` ? jsonResponse(200, []) : notFound()));
    const user = userEvent.setup();
    renderAt('/events');
    expect(await screen.findByText('No upcoming events for you.')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Show past events' }));
    expect(await screen.findByText('No events yet.')).toBeInTheDocument();
    const urls = fetch.mock.calls.map(([req]) => new URL(req.url).search);
    expect(urls).toEqual(['', '?include_past=true']);
  });
});

describe('the event for its coordinator', () => {
  const coordinated = programEvent({
    capacity: 2,
    slots_used: 2,
    places_left: 0,
    waitlisted: 1,
    registration_closed_because: 'the event is for candidates',
    can: { edit: true, copy: true, register: false, register_others: true, read_roster: true },
  });
  const r = (name: string, state: Registration['state'], extra: Partial<Registration> = {}) =>
    registration({ id: `reg-${name}`, person: person(name), registered_by: person(name), state, ...extra });
  const roster: Registration[] = [
    r('Ann Ames', 'cancelled', { cancelled_at: '2026-09-02T10:00:00Z', can: { cancel: false } }),
    r('Bob Burns', 'confirmed'),
    r('Cy Cole', 'confirmed'),
    r('Di Dunn', 'waitlisted', { waitlist_position: 1, slots_used: 0 }),
  ];

  function serveEvent(register: (body: unknown) => Response) {
    serve(async (method, path, req) => {
      if (path === `/api/events/${EVENT_ID}` && method === 'GET') return jsonResponse(200, coordinated);
      if (path === `/api/events/${EVENT_ID}/registrations` && method === 'GET') return jsonResponse(200, roster);
      if (path === `/api/events/${EVENT_ID}/registrations`) return register(await req.json());
      if (path === `/api/programs/${PROGRAM_ID}/cohorts`) return jsonResponse(200, [{ id: COHORT_A, label: 'Cohort A' }]);
      if (path === `/api/programs/${PROGRAM_ID}/districts`) return jsonResponse(200, []);
      if (path === `/api/programs/${PROGRAM_ID}/members`) {
        return jsonResponse(200, [
          { id: 'm1', program_id: PROGRAM_ID, role: 'candidate', user: person('Bob Burns') },
          { id: 'm2', program_id: PROGRAM_ID, role: 'candidate', user: person('Eve Ek') },
          { id: 'm3', program_id: PROGRAM_ID, role: 'coach', user: person('Maya Rivera') },
          { id: 'm4', program_id: PROGRAM_ID, role: 'candidate', user: person('Lily Chen') },
        ]);
      }
      return notFound();
    });
  }

  it('reads the roster: confirmed in order, the waitlist, then the cancelled', async () => {
    serveEvent(() => notFound());
    renderAt(`/events/${EVENT_ID}`, appContext());
    expect(await screen.findByRole('heading', { name: 'Confirmed (2 of 2)' })).toBeInTheDocument();
    expect(fact('For')).toHaveTextContent('Candidates · Cohort A');
    expect(fact('Hours credited')).toHaveTextContent('2 h 30 min');
    const tables = screen.getAllByRole('table');
    expect(
      tables.map((t) =>
        within(t)
          .getAllByRole('rowheader')
          .map((h) => h.textContent),
      ),
    ).toEqual([['1. Bob Burns', '2. Cy Cole'], ['Di Dunn'], ['Ann Ames']]);
    expect(within(tables[1]!).getByText('Waitlisted — place 1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel Bob Burns’s registration' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel Ann Ames’s registration' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit event' })).toHaveAttribute('href', `/events/${EVENT_ID}/edit`);
    expect(screen.getByRole('form', { name: 'Copy to another date' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Cancel the event' })).toBeInTheDocument();
  });

  it.each([
    ['with the reason typed', 'The room is not available.', { reason: 'The room is not available.' }],
    ['with no reason: an empty body', '', {}],
  ])('cancels the event %s, with the version read', async (_how, reason, body) => {
    const cancels: { ifMatch: string | null; body: unknown }[] = [];
    let current = coordinated;
    serve(async (method, path, req) => {
      if (path === `/api/events/${EVENT_ID}` && method === 'GET') return jsonResponse(200, current);
      if (path === `/api/events/${EVENT_ID}/registrations`) return jsonResponse(200, roster);
      if (path === `/api/events/${EVENT_ID}/cancel` && method === 'POST') {
        cancels.push({ ifMatch: req.headers.get('If-Match'), body: await req.json() });
        current = {
          ...coordinated,
          status: 'cancelled',
          cancel_reason: reason || null,
          version: 2,
          can: { ...coordinated.can, edit: false },
        };
        return jsonResponse(200, current);
      }
      return notFound();
    });
    const user = userEvent.setup();
    renderAt(`/events/${EVENT_ID}`, appContext());
    const form = within(await screen.findByRole('form', { name: 'Cancel the event' }));
    if (reason) await user.type(form.getByLabelText(/^Reason/), reason);
    await user.click(form.getByRole('button', { name: 'Cancel event' }));
    await user.click(form.getByRole('button', { name: 'Yes, cancel the event' }));
    const note = await screen.findByRole('note');
    expect(note).toHaveTextContent('This event was cancelled.');
    if (reason) expect(note).toHaveTextContent(`Reason: ${reason}`);
    else expect(note).not.toHaveTextContent('Reason');
    expect(cancels).toEqual([{ ifMatch: '"1"', body }]);
    // Still offered to a coordinator: the copy; no longer: Cancel event.
    expect(screen.getByRole('form', { name: 'Copy to another date' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Cancel the event' })).not.toBeInTheDocument();
  });

  it('copies a cancelled event to another date, with no way to edit or cancel it', async () => {
    const copyId = 'evvvvvvv-0000-0000-0000-000000000002';
    const cancelled: ProgramEvent = {
      ...coordinated,
      status: 'cancelled',
      cancel_reason: 'Snow day.',
      can: { edit: false, copy: true, register: false, register_others: false, read_roster: true },
    };
    const copies: unknown[] = [];
    serve(async (method, path, req) => {
      if (path === `/api/events/${EVENT_ID}` && method === 'GET') return jsonResponse(200, cancelled);
      if (path === `/api/events/${EVENT_ID}/registrations`) return jsonResponse(200, roster);
      if (path === `/api/events/${EVENT_ID}/copy` && method === 'POST') {
        copies.push(await req.json());
        return jsonResponse(201, programEvent({ id: copyId, starts_at: '2026-10-01T17:30', ends_at: '2026-10-01T20:00' }));
      }
      if (path === `/api/events/${copyId}`) {
        return jsonResponse(200, programEvent({ id: copyId, starts_at: '2026-10-01T17:30', ends_at: '2026-10-01T20:00' }));
      }
      return notFound();
    });
    const user = userEvent.setup();
    renderAt(`/events/${EVENT_ID}`, appContext());
    expect(await screen.findByRole('note')).toHaveTextContent('Reason: Snow day.');
    expect(screen.queryByRole('link', { name: 'Edit event' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Cancel the event' })).not.toBeInTheDocument();
    const copy = within(screen.getByRole('form', { name: 'Copy to another date' }));
    fireEvent.change(copy.getByLabelText(/^Day of the copy/), { target: { value: '2026-10-01' } });
    await user.click(copy.getByRole('button', { name: 'Copy event' }));
    expect(await screen.findByText(/This is the copy\./)).toBeInTheDocument();
    expect(copies).toEqual([{ starts_on: '2026-10-01' }]);
  });

  it('offers neither copy nor cancel to a reader who may do neither', async () => {
    serve((method, path) => {
      if (path === `/api/events/${EVENT_ID}` && method === 'GET') {
        const can = { ...coordinated.can, edit: false, copy: false, register_others: false };
        return jsonResponse(200, { ...coordinated, can });
      }
      if (path === `/api/events/${EVENT_ID}/registrations`) return jsonResponse(200, roster);
      return notFound();
    });
    renderAt(`/events/${EVENT_ID}`, appContext());
    expect(await screen.findByRole('heading', { name: 'Roster' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Schedule' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Copy to another date' })).not.toBeInTheDocument();
  });

  it('registers someone of the audience not registered yet, and shows a refusal beside the choice', async () => {
    serveEvent(() =>
      jsonResponse(422, {
        title: 'Invalid input',
        status: 422,
        errors: [{ field: 'user_id', message: 'the event is for another cohort' }],
      }),
    );
    const user = userEvent.setup();
    renderAt(`/events/${EVENT_ID}`, appContext());
    const form = within(await screen.findByRole('form', { name: 'Register someone' }));
    const select = form.getByRole('combobox', { name: /Person/ });
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(3));
    // Bob has a place already; Maya is a coach and the event is for candidates.
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a person', 'Eve Ek (eve.ek@example.org) — Candidate', 'Lily Chen (lily.chen@example.org) — Candidate']);
    await user.selectOptions(select, 'id-lily.chen');
    await user.click(form.getByRole('button', { name: 'Register' }));
    await waitFor(() => expect(select).toHaveAccessibleDescription(/the event is for another cohort/));
  });
});

describe('the confirmation page', () => {
  it('shows the waitlist place and who registered them', async () => {
    const casey = person('Casey Coordinator', 'coordinator');
    serve((_method, path) =>
      path === `/api/registrations/${REGISTRATION_ID}`
        ? jsonResponse(
            200,
            registration({
              state: 'waitlisted',
              waitlist_position: 1,
              slots_used: 0,
              registered_by: casey,
              can: { cancel: false },
            }),
          )
        : notFound(),
    );
    renderAt(`/registrations/${REGISTRATION_ID}`);
    expect(await screen.findByText('Waitlist position')).toBeInTheDocument();
    expect(fact('Event')).toHaveTextContent('Candidate Cohort Meeting');
    expect(fact('Event')).toHaveTextContent('Thu, Sep 24, 2026, 5:30 PM – 8:00 PM PDT');
    expect(within(fact('Event') as HTMLElement).getByText('PDT')).toHaveAttribute('title', 'America/Los_Angeles');
    expect(fact('Where')).toHaveTextContent('Demo County Office of Education');
    expect(fact('Where')).toHaveTextContent('Room 101T & 274');
    expect(fact('Where')).toHaveTextContent('1177 Van Ness Ave., Fresno, CA 93721');
    expect(fact('Waitlist position')).toHaveTextContent('1');
    expect(fact('State')).toHaveTextContent('Waitlisted — place 1');
    expect(fact('Slots used')).toHaveTextContent('0');
    expect(fact('Author')).toHaveTextContent('Casey Coordinator');
    expect(screen.queryByText('Registration has been saved.')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel registration' })).not.toBeInTheDocument();
  });

  it('gives the event’s days in its own zone, and no place when none is named', async () => {
    serve((_method, path) =>
      path === `/api/registrations/${REGISTRATION_ID}`
        ? jsonResponse(
            200,
            registration({
              event_starts_at: '2026-12-10T08:00',
              event_ends_at: '2026-12-11T15:30',
              time_zone: 'America/New_York',
              location: { name: '', room: '', address: '' },
            }),
          )
        : notFound(),
    );
    renderAt(`/registrations/${REGISTRATION_ID}`);
    expect(await screen.findByText('Where')).toBeInTheDocument();
    expect(fact('Event')).toHaveTextContent('Thu, Dec 10, 2026, 8:00 AM – Fri, Dec 11, 2026, 3:30 PM EST');
    expect(fact('Where')).toHaveTextContent(/^—$/);
  });
});

describe('attendance on the event page', () => {
  it('takes the coordinator to the sign-in sheet from the roster', async () => {
    const coordinated = programEvent({
      can: { edit: true, copy: true, register: false, register_others: false, read_roster: true },
    });
    serve((_method, path) => {
      if (path === `/api/events/${EVENT_ID}`) return jsonResponse(200, coordinated);
      if (path === `/api/events/${EVENT_ID}/registrations`) return jsonResponse(200, []);
      return notFound();
    });
    renderAt(`/events/${EVENT_ID}`, appContext());
    const roster = within(await screen.findByRole('region', { name: 'Roster' }));
    expect(roster.getByRole('link', { name: 'Take attendance' })).toHaveAttribute('href', `/events/${EVENT_ID}/attendance`);
  });

  it('shows the reader’s own mark, with the proof of attendance once attended', async () => {
    let mine = programEvent({ my_attendance: { id: 'att-1', status: 'attended' } });
    serve((_method, path) => (path === `/api/events/${EVENT_ID}` ? jsonResponse(200, mine) : notFound()));
    const { unmount } = renderAt(`/events/${EVENT_ID}`);
    const region = within(await screen.findByRole('region', { name: 'Your registration' }));
    expect(region.getByText('Attended')).toBeInTheDocument();
    expect(region.getByRole('link', { name: /^Proof of attendance ?for Candidate Cohort Meeting$/ })).toHaveAttribute(
      'href',
      '/attendance/att-1/certificate',
    );
    expect(screen.queryByRole('link', { name: 'Take attendance' })).not.toBeInTheDocument();
    unmount();

    mine = programEvent({ my_attendance: { id: 'att-1', status: 'absent' } });
    renderAt(`/events/${EVENT_ID}`);
    const again = within(await screen.findByRole('region', { name: 'Your registration' }));
    expect(await again.findByText('Absent')).toBeInTheDocument();
    expect(again.queryByRole('link', { name: /Proof of attendance/ })).not.toBeInTheDocument();
  });
});

import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { unwrap } from '../../api/client';
import { keys } from '../../lib/keys';

/*
 * Places, waitlist positions and who is registered change as other people register and cancel:
 * each screen asks again when it opens (staleTime 0), and when the person comes back to the tab,
 * rather than show what it read before.
 */
const live = { staleTime: 0, refetchOnWindowFocus: true } as const;

/** The program's events for the signed-in person, earliest first; with `includePast`, those over too. */
export function useEvents(programId: string, includePast = false) {
  return useQuery({
    queryKey: [...keys.events(programId), { includePast }],
    queryFn: () =>
      unwrap(
        api.client.GET('/api/programs/{program_id}/events', {
          params: { path: { program_id: programId }, query: includePast ? { include_past: true } : {} },
        }),
      ),
    ...live,
  });
}

export function useEvent(id: string) {
  return useQuery({
    queryKey: keys.event(id),
    queryFn: () => unwrap(api.client.GET('/api/events/{event_id}', { params: { path: { event_id: id } } })),
    ...live,
  });
}

/** Every registration for the event in order of arrival (the program's coordinators and director). */
export function useRoster(eventId: string) {
  return useQuery({
    queryKey: keys.roster(eventId),
    queryFn: () => unwrap(api.client.GET('/api/events/{event_id}/registrations', { params: { path: { event_id: eventId } } })),
    ...live,
  });
}

/** One registration: its confirmation page. */
export function useRegistration(id: string) {
  return useQuery({
    queryKey: keys.registration(id),
    queryFn: () => unwrap(api.client.GET('/api/registrations/{registration_id}', { params: { path: { registration_id: id } } })),
    ...live,
  });
}

/** Whether the signed-in person has a private calendar feed, and since when (never its address). */
export function useCalendarFeed(enabled = true) {
  return useQuery({
    queryKey: keys.calendarFeed,
    queryFn: () => unwrap(api.client.GET('/api/me/calendar-feed')),
    enabled,
  });
}

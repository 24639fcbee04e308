import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api } from '../../api';
import { ifMatch, unwrap } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { CalendarFeed, EventFields, ProgramEvent, Registration } from '../../api/types';
import { fileNameOf, saveBlob } from '../../lib/download';
import { keys } from '../../lib/keys';

/**
 * After a registration or an event changes: the event with its roster, and every list of
 * events (places, waitlist positions and the person's own state show there).
 */
function useEventsChanged() {
  const queryClient = useQueryClient();
  return useCallback(
    (eventId: string) => {
      void queryClient.invalidateQueries({ queryKey: keys.event(eventId) });
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'program' && q.queryKey[2] === 'events' });
    },
    [queryClient],
  );
}

/** An event the server answered with: cached as it is, the lists refreshed. */
function useEventSaved() {
  const queryClient = useQueryClient();
  const changed = useEventsChanged();
  return (event: ProgramEvent) => {
    queryClient.setQueryData(keys.event(event.id), event);
    changed(event.id);
  };
}

export function useCreateEvent(programId: string) {
  const saved = useEventSaved();
  return useMutation({
    mutationFn: (body: EventFields) =>
      unwrap(api.client.POST('/api/programs/{program_id}/events', { params: { path: { program_id: programId } }, body })),
    onSuccess: saved,
  });
}

/** The editor sends the whole event, with the version it was read at. */
export function useSaveEvent(event: ProgramEvent) {
  const saved = useEventSaved();
  return useMutation({
    mutationFn: (body: EventFields) =>
      unwrap(
        api.client.PUT('/api/events/{event_id}', {
          params: { path: { event_id: event.id }, header: ifMatch(event.version) },
          body,
        }),
      ),
    onSuccess: saved,
  });
}

/** A copy on another day (`starts_on`, "2027-09-23"); it answers the copy. */
export function useCopyEvent(event: ProgramEvent) {
  const saved = useEventSaved();
  return useMutation({
    mutationFn: (startsOn: string) =>
      unwrap(
        api.client.POST('/api/events/{event_id}/copy', {
          params: { path: { event_id: event.id } },
          body: { starts_on: startsOn },
        }),
      ),
    onSuccess: saved,
  });
}

/**
 * Cancels the event for everyone; its registrations are kept as "event cancelled". The reason,
 * when there is one, is shown with the cancelled event; without one the body is `{}`.
 */
export function useCancelEvent(event: ProgramEvent) {
  const saved = useEventSaved();
  return useMutation({
    mutationFn: (reason: string | null) =>
      unwrap(
        api.client.POST('/api/events/{event_id}/cancel', {
          params: { path: { event_id: event.id }, header: ifMatch(event.version) },
          body: reason ? { reason } : {},
        }),
      ),
    onSuccess: saved,
  });
}

/** A registration the server answered with: cached for its page, the event and the lists refreshed. */
function useRegistrationSaved() {
  const queryClient = useQueryClient();
  const changed = useEventsChanged();
  return (r: Registration) => {
    queryClient.setQueryData(keys.registration(r.id), r);
    changed(r.event_id);
  };
}

/**
 * Registers the signed-in person (no `userId`: the body is `{}`), or someone else on their behalf
 * (coordinators).
 * A refusal refreshes the event too: it says why registration is closed now.
 */
export function useRegister(eventId: string) {
  const saved = useRegistrationSaved();
  const changed = useEventsChanged();
  return useMutation({
    mutationFn: (userId?: string) =>
      unwrap(
        api.client.POST('/api/events/{event_id}/registrations', {
          params: { path: { event_id: eventId } },
          body: userId ? { user_id: userId } : {},
        }),
      ),
    onSuccess: saved,
    onError: () => changed(eventId),
  });
}

/**
 * Cancels a registration, read at `version`; the first of the waitlist takes the place it frees.
 * A refusal refreshes the event too (a promotion changes the registration's version).
 */
export function useCancelRegistration(eventId: string) {
  const queryClient = useQueryClient();
  const saved = useRegistrationSaved();
  const changed = useEventsChanged();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      unwrap(
        api.client.POST('/api/registrations/{registration_id}/cancel', {
          params: { path: { registration_id: id }, header: ifMatch(version) },
        }),
      ),
    onSuccess: saved,
    onError: (_err, { id }) => {
      changed(eventId);
      void queryClient.invalidateQueries({ queryKey: keys.registration(id) });
    },
  });
}

async function downloadIcs(event: Pick<ProgramEvent, 'id' | 'title'>) {
  const { data, error, response } = await api.client.GET('/api/events/{event_id}/calendar.ics', {
    params: { path: { event_id: event.id } },
    parseAs: 'blob',
  });
  if (!response.ok || !data) throw ApiError.from(response, error);
  // Saved as "<title>.ics": the server names every one "event.ics".
  saveBlob(data as Blob, fileNameOf(event.title, 'ics'));
}

/** The event as an .ics file for the person's calendar app, saved by the browser. */
export function useDownloadEventIcs(event: Pick<ProgramEvent, 'id' | 'title'>) {
  return useMutation({ mutationFn: () => downloadIcs(event) });
}

/**
 * Makes the private calendar feed, or a new one (the old address stops working). Its address is
 * in this answer only (`data.path` of the mutation); the cache keeps the feed without it.
 */
export function useMakeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.client.POST('/api/me/calendar-feed')),
    onSuccess: (feed) => queryClient.setQueryData<CalendarFeed>(keys.calendarFeed, { ...feed, path: null }),
  });
}

/** Revokes the calendar feed: calendars subscribed to it stop updating. */
export function useTurnOffCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.client.DELETE('/api/me/calendar-feed')),
    onSuccess: () => queryClient.setQueryData<CalendarFeed>(keys.calendarFeed, { active: false, created_at: null, path: null }),
  });
}

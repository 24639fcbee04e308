import type { Audience, EventFields, EventKind, ProgramEvent } from '../../api/types';
import { hoursToMinutes, minutesToHours } from '../../lib/units';
import { parseLocal, type LocalTime } from './eventTime';

/** The editor's fields as typed: times as `datetime-local` values, places and hours as text. */
export interface EventDraft {
  kind: EventKind | '';
  title: string;
  description: string;
  /** "" for every cohort. */
  cohort_id: string;
  /** "" for every district. */
  district_id: string;
  audience: Audience | '';
  location: { name: string; room: string; address: string };
  starts_at: string;
  ends_at: string;
  /** "" for no limit. */
  capacity: string;
  registration_opens_at: string;
  registration_closes_at: string;
  /** Hours credited, e.g. "2.5"; sent as minutes. */
  hours: string;
}

export const EMPTY_EVENT: EventDraft = {
  kind: '',
  title: '',
  description: '',
  cohort_id: '',
  district_id: '',
  audience: '',
  location: { name: '', room: '', address: '' },
  starts_at: '',
  ends_at: '',
  capacity: '',
  registration_opens_at: '',
  registration_closes_at: '',
  hours: '',
};

/** The request's field names, as the API's errors name them (hours are `credited_minutes`). */
export const EVENT_FIELDS = [
  'kind',
  'title',
  'description',
  'cohort_id',
  'district_id',
  'audience',
  'location.name',
  'location.room',
  'location.address',
  'starts_at',
  'ends_at',
  'capacity',
  'registration_opens_at',
  'registration_closes_at',
  'credited_minutes',
] as const;

export function draftFromEvent(e: ProgramEvent): EventDraft {
  return {
    kind: e.kind,
    title: e.title,
    description: e.description,
    cohort_id: e.cohort_id ?? '',
    district_id: e.district_id ?? '',
    audience: e.audience,
    location: { name: e.location.name, room: e.location.room, address: e.location.address },
    starts_at: e.starts_at,
    ends_at: e.ends_at,
    capacity: e.capacity === null || e.capacity === undefined ? '' : String(e.capacity),
    registration_opens_at: e.registration_opens_at ?? '',
    registration_closes_at: e.registration_closes_at ?? '',
    hours: e.credited_minutes ? minutesToHours(e.credited_minutes) : '',
  };
}

/**
 * The whole event as the API takes it, or what must be fixed first: the choices and times the
 * API cannot read without, places that are not a whole number, hours that are not a number.
 * Everything else (a blank title, the end before the start, …) is the API's to say.
 */
export function toEventFields(d: EventDraft): { fields: EventFields } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  if (!d.kind) errors.kind = 'Choose the kind of event.';
  if (!d.audience) errors.audience = 'Choose who the event is for.';
  if (!d.starts_at) errors.starts_at = 'Enter when the event starts.';
  if (!d.ends_at) errors.ends_at = 'Enter when the event ends.';
  const capacity = d.capacity.trim();
  if (capacity && !/^\d+$/.test(capacity)) errors.capacity = 'Enter a whole number of places, or leave it empty for no limit.';
  const hours = d.hours.trim();
  const minutes = hours ? hoursToMinutes(hours) : 0;
  if (minutes === null) errors.credited_minutes = 'Enter the hours as a number, e.g. 2.5.';
  if (Object.keys(errors).length || !d.kind || !d.audience || minutes === null) return { errors };
  return {
    fields: {
      kind: d.kind,
      title: d.title.trim(),
      description: d.description,
      cohort_id: d.cohort_id || null,
      district_id: d.district_id || null,
      audience: d.audience,
      location: { name: d.location.name.trim(), room: d.location.room.trim(), address: d.location.address.trim() },
      starts_at: d.starts_at,
      ends_at: d.ends_at,
      capacity: capacity ? Number(capacity) : null,
      registration_opens_at: d.registration_opens_at || null,
      registration_closes_at: d.registration_closes_at || null,
      credited_minutes: minutes,
    },
  };
}

/** The event's length in minutes (what it may credit at most); null until it ends after it starts. */
export function lengthInMinutes(startsAt: string, endsAt: string): number | null {
  const ms = (t: LocalTime | null) => (t ? Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute) : NaN);
  const span = (ms(parseLocal(endsAt)) - ms(parseLocal(startsAt))) / 60_000;
  return Number.isNaN(span) || span <= 0 ? null : span;
}

import type {
  Audience,
  Cohort,
  District,
  EventKind,
  EventLocation,
  MyRegistration,
  ProgramEvent,
  Registration,
  RegistrationState,
} from '../../api/types';
import { formatLocal, monthLabel, monthOf } from './eventTime';

/** The handbook's kinds of event, in the order the editor offers them. */
export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  orientation: 'Orientation',
  coach_training: 'Coach training',
  cohort_meeting: 'Cohort meeting',
  coach_meeting: 'Coach meeting',
  professional_learning: 'Professional learning',
  end_of_year: 'End of year',
  other: 'Other',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  candidates: 'Candidates',
  coaches: 'Coaches',
  both: 'Candidates and coaches',
};

export const REGISTRATION_STATE_LABELS: Record<RegistrationState, string> = {
  confirmed: 'Confirmed',
  waitlisted: 'Waitlisted',
  cancelled: 'Cancelled',
  event_cancelled: 'Event cancelled',
};

/** Holds a place or waits for one. */
export function isOpen(r: { state: RegistrationState } | null | undefined): boolean {
  return r?.state === 'confirmed' || r?.state === 'waitlisted';
}

/** "Waitlisted — place 2" (the place when the API gives it). */
function waitlisted(position: number | null | undefined): string {
  return position ? `Waitlisted — place ${position}` : 'Waitlisted';
}

/** The person's own registration as the list and the event say it: "Registered", "Waitlisted — place 2", … */
export function myStateLabel(r: MyRegistration | null | undefined): string | null {
  if (!r) return null;
  switch (r.state) {
    case 'confirmed':
      return 'Registered';
    case 'waitlisted':
      return waitlisted(r.waitlist_position);
    case 'cancelled':
      return 'Registration cancelled';
    case 'event_cancelled':
      return 'Event cancelled';
  }
}

/** A registration's state on its page and in the roster: "Confirmed", "Waitlisted — place 2", … */
export function registrationStateLabel(r: Pick<Registration, 'state' | 'waitlist_position'>): string {
  return r.state === 'waitlisted' ? waitlisted(r.waitlist_position) : REGISTRATION_STATE_LABELS[r.state];
}

/** "12 places left of 40", "Full · 3 on the waitlist", "No limit · 5 registered". */
export function placesText(e: Pick<ProgramEvent, 'capacity' | 'places_left' | 'slots_used' | 'waitlisted'>): string {
  if (e.capacity === null || e.capacity === undefined) {
    return e.slots_used ? `No limit · ${e.slots_used} registered` : 'No limit';
  }
  const left = e.places_left ?? Math.max(0, e.capacity - e.slots_used);
  if (left === 0) return e.waitlisted ? `Full · ${e.waitlisted} on the waitlist` : 'Full';
  return `${left} ${left === 1 ? 'place' : 'places'} left of ${e.capacity}`;
}

/** Who the event is for: "Candidates · Cohort A", "Coaches · Valley Joint Unified", "Candidates and coaches". */
export function audienceText(
  e: Pick<ProgramEvent, 'audience' | 'cohort_id' | 'district_id'>,
  cohorts: Pick<Cohort, 'id' | 'label'>[],
  districts: Pick<District, 'id' | 'name'>[],
): string {
  const cohort = e.cohort_id ? (cohorts.find((c) => c.id === e.cohort_id)?.label ?? 'One cohort') : null;
  const district = e.district_id ? (districts.find((d) => d.id === e.district_id)?.name ?? 'One district') : null;
  return [AUDIENCE_LABELS[e.audience], cohort, district].filter(Boolean).join(' · ');
}

/** When people may register themselves: "Opens Thu, Aug 1, 2026, 8:00 AM; closes …", "Until the event starts". */
export function registrationWindow(e: Pick<ProgramEvent, 'registration_opens_at' | 'registration_closes_at'>): string {
  const opens = e.registration_opens_at;
  const closes = e.registration_closes_at;
  if (opens && closes) return `Opens ${formatLocal(opens)}; closes ${formatLocal(closes)}`;
  if (opens) return `Opens ${formatLocal(opens)}; open until the event starts`;
  if (closes) return `Closes ${formatLocal(closes)}`;
  return 'Open until the event starts';
}

/** "Demo County Office of Education, Room 101T"; empty when no place is named. */
export function locationText(l: EventLocation): string {
  return [l.name, l.room]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
}

/** The coordinator's reason for cancelling the event, as written; null when it is not cancelled or none was given. */
export function cancelReason(e: Pick<ProgramEvent, 'status' | 'cancel_reason'>): string | null {
  if (e.status !== 'cancelled') return null;
  return e.cancel_reason?.trim() || null;
}

/** The API's reasons are clauses ("registration is not open yet"): shown as sentences. */
export function sentence(s: string): string {
  const t = s.trim();
  if (!t) return t;
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export interface MonthGroup {
  /** "2026-09" */
  month: string;
  /** "September 2026" */
  label: string;
  events: ProgramEvent[];
}

/** Events by the month they start in, in the order given (the API's: earliest first). */
export function groupByMonth(events: ProgramEvent[]): MonthGroup[] {
  const groups: MonthGroup[] = [];
  for (const e of events) {
    const month = monthOf(e.starts_at);
    let group = groups.find((g) => g.month === month);
    if (!group) {
      group = { month, label: monthLabel(month), events: [] };
      groups.push(group);
    }
    group.events.push(e);
  }
  return groups;
}

export interface RosterSections {
  /** Holding a place, in order of arrival. */
  confirmed: Registration[];
  /** Waiting, by their place on the waitlist. */
  waitlisted: Registration[];
  /** Cancelled by the person or a coordinator, or with the event. */
  cancelled: Registration[];
}

/** The roster (in order of arrival) as the coordinator reads it: confirmed, the waitlist, cancelled. */
export function rosterSections(roster: Registration[]): RosterSections {
  const position = (r: Registration) => r.waitlist_position ?? Number.MAX_SAFE_INTEGER;
  return {
    confirmed: roster.filter((r) => r.state === 'confirmed'),
    waitlisted: roster.filter((r) => r.state === 'waitlisted').sort((a, b) => position(a) - position(b)),
    cancelled: roster.filter((r) => !isOpen(r)),
  };
}

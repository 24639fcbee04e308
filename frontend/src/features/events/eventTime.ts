/**
 * Event times are the program's local wall-clock times, as an HTML `datetime-local` field writes
 * them (`2026-09-24T17:30`), with the zone named beside them (`time_zone`). They are shown as
 * written, never moved to the browser's zone.
 */

import { MONTH_NAMES } from '../../lib/labels';

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2026-09-24T17:30" (seconds allowed) → its parts; null for anything else. */
export function parseLocal(s: string | null | undefined): LocalTime | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(s ?? '');
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  return { year, month, day, hour, minute };
}

/** 17:30 → "5:30 PM". */
function clock({ hour, minute }: LocalTime): string {
  const h = hour % 12 === 0 ? 12 : hour % 12;
  return `${h}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`;
}

/** "Thu, Sep 24, 2026". */
function day(t: LocalTime): string {
  const weekday = new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${MONTHS[t.month - 1]} ${t.day}, ${t.year}`;
}

/** "2026-09-24T17:30" → "Thu, Sep 24, 2026, 5:30 PM"; "—" when there is none. */
export function formatLocal(s: string | null | undefined): string {
  const t = parseLocal(s);
  if (!t) return s || '—';
  return `${day(t)}, ${clock(t)}`;
}

/**
 * From start to end: "Thu, Sep 24, 2026, 5:30 PM – 8:00 PM" on one day,
 * "Thu, Sep 10, 2026, 8:00 AM – Fri, Sep 11, 2026, 3:30 PM" over several.
 */
export function formatSpan(start: string, end: string): string {
  const a = parseLocal(start);
  const b = parseLocal(end);
  if (!a || !b) return `${formatLocal(start)} – ${formatLocal(end)}`;
  const sameDay = a.year === b.year && a.month === b.month && a.day === b.day;
  return sameDay ? `${day(a)}, ${clock(a)} – ${clock(b)}` : `${day(a)}, ${clock(a)} – ${day(b)}, ${clock(b)}`;
}

/** Minutes the zone's clock is ahead of UTC at `utcMs`. */
function offsetAt(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(utcMs);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'));
  return Math.round((wall - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

/**
 * The zone's name at that local time, as people read it: "PDT" in September, "PST" in December
 * (`long`: "Pacific Daylight Time"). The zone's id when the browser does not know it.
 */
export function zoneName(local: string, timeZone: string, style: 'short' | 'long' = 'short'): string {
  const t = parseLocal(local);
  if (!t) return timeZone;
  try {
    const wall = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute);
    const instant = wall - offsetAt(wall, timeZone) * 60_000;
    const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value;
    return name ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** The wall-clock time in the zone, as event times are written: "2026-09-24T17:30". */
export function nowIn(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** "2026-09-24T17:30" → "2026-09", the month it falls in. */
export function monthOf(local: string): string {
  return local.slice(0, 7);
}

/** "2026-09" → "September 2026". */
export function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  return `${MONTH_NAMES[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

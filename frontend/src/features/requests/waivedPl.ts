import type { WaivableTopic, WaivedPl } from '../../api/types';
import { formatHours } from '../../lib/units';
import { minutesOf } from '../professional-learning/plForm';
import { TOPIC_LABELS } from './requestLabels';

/**
 * A professional-learning activity a doctoral waiver waives, as the decision form holds it: the
 * year and hours as typed. The id is the form's own, so that a message stays beside its
 * activity when another one is removed.
 */
export interface WaivedPlDraft {
  id: string;
  topic: WaivableTopic;
  activity: string;
  year: string;
  hours: string;
}

/** A waived activity's inputs, by the API's field names (those its errors name). */
export type WaivedPlPart = keyof WaivedPl;
export const WAIVED_PL_PARTS: readonly WaivedPlPart[] = ['topic', 'activity', 'year', 'minutes'];

export function newWaivedPl(topic: WaivableTopic, id: string = crypto.randomUUID()): WaivedPlDraft {
  return { id, topic, activity: '', year: '', hours: '' };
}

function isBlank(row: WaivedPlDraft): boolean {
  return !row.activity.trim() && !row.year && !row.hours.trim();
}

/** Where the form shows a message about one input of a waived activity. */
export function waivedPlKey(id: string, part: WaivedPlPart): string {
  return `waived_pl.${id}.${part}`;
}

/**
 * The activities once the topics waived are `topics`: every topic waived needs one, so a topic
 * without any gets a blank one; a topic no longer waived loses those left blank (what was typed
 * stays, for the server to say its topic is not waived).
 */
export function activitiesForTopics(rows: readonly WaivedPlDraft[], topics: readonly WaivableTopic[]): WaivedPlDraft[] {
  const kept = rows.filter((r) => topics.includes(r.topic) || !isBlank(r));
  const missing = topics.filter((t) => !kept.some((r) => r.topic === t));
  return [...kept, ...missing.map((t) => newWaivedPl(t))];
}

/** The topic an added activity starts with: the first topic waived with none yet, else the first one waived. */
export function nextTopic(topics: readonly WaivableTopic[], rows: readonly WaivedPlDraft[]): WaivableTopic | undefined {
  return topics.find((t) => !rows.some((r) => r.topic === t)) ?? topics[0];
}

/** The topics an activity may choose from: those waived, and its own should it have been unticked since. */
export function topicChoices(topics: readonly WaivableTopic[], row: WaivedPlDraft): WaivableTopic[] {
  const all = Object.keys(TOPIC_LABELS) as WaivableTopic[];
  return all.filter((t) => topics.includes(t) || t === row.topic);
}

/**
 * The activities as the API takes them, or the messages beside hours that are not a number.
 * An empty year or hours goes as 0, which the server names beside its input (the API has no
 * "none" for them), as the decision's other empty fields go as null.
 */
export function waivedPlBody(rows: readonly WaivedPlDraft[]): { waived_pl: WaivedPl[] } | { errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const waived_pl = rows.map((r) => {
    const hours = minutesOf(r.hours);
    if (hours.error) errors[waivedPlKey(r.id, 'minutes')] = hours.error;
    return { topic: r.topic, activity: r.activity.trim(), year: Number(r.year) || 0, minutes: hours.minutes ?? 0 };
  });
  return Object.keys(errors).length ? { errors } : { waived_pl };
}

/** The names the server gives the inputs of the activities sent: `waived_pl.0.year` (dotted) and so on. */
export function waivedPlFields(sent: readonly WaivedPlDraft[]): string[] {
  return sent.flatMap((_, i) => WAIVED_PL_PARTS.map((p) => `waived_pl.${i}.${p}`));
}

/**
 * The server's messages with those about an activity keyed by the activity: it names them by
 * their place in the list sent (`waived_pl.1.activity`), the form by the activity's id.
 */
export function messagesByActivity(fields: Record<string, string>, sent: readonly WaivedPlDraft[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, message] of Object.entries(fields)) {
    const m = /^waived_pl\.(\d+)\.(\w+)$/.exec(name);
    const row = m && sent[Number(m[1])];
    out[row ? waivedPlKey(row.id, m[2] as WaivedPlPart) : name] = message;
  }
  return out;
}

/** "Human Resources — PL Day 2: Human Resources, year 1, 6 h". */
export function waivedPlText(w: WaivedPl): string {
  return `${TOPIC_LABELS[w.topic]} — ${w.activity}, year ${w.year}, ${formatHours(w.minutes)}`;
}

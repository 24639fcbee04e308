import { formProblem, type FormProblem } from '../../api/problem';
import type { Reflection, ReflectionChange, ReflectionEntry } from '../../api/types';
import type { Changes } from '../../lib/autosave';

/** The form of a reflection: each element's entry by its code ("1A" … "6C"). */
export type ReflectionDraft = Record<string, ReflectionEntry>;

/** An element nobody has touched yet (the API leaves it out of `entries`). */
export const EMPTY_ENTRY: ReflectionEntry = { rating: null, evidence: '', next_steps: '' };

export function entryOf(draft: ReflectionDraft, code: string): ReflectionEntry {
  return draft[code] ?? EMPTY_ENTRY;
}

export function reflectionToDraft(r: Reflection): ReflectionDraft {
  const draft: ReflectionDraft = {};
  for (const [code, e] of Object.entries(r.entries)) {
    draft[code] = { rating: e.rating ?? null, evidence: e.evidence ?? '', next_steps: e.next_steps ?? '' };
  }
  return draft;
}

function same(a: ReflectionEntry, b: ReflectionEntry): boolean {
  return a.rating === b.rating && a.evidence === b.evidence && a.next_steps === b.next_steps;
}

/**
 * The save for what changed between the base (what the server has) and the draft: each changed
 * element's whole entry, since the API replaces an element's entry with the one sent and leaves
 * the others alone. Texts go as typed, so the base stays what the user sees.
 */
export function reflectionChanges(draft: ReflectionDraft, base: ReflectionDraft): Changes<ReflectionDraft, ReflectionChange> {
  const entries: ReflectionDraft = {};
  const sent: string[] = [];
  for (const code of Object.keys(draft).sort()) {
    const entry = entryOf(draft, code);
    if (same(entry, entryOf(base, code))) continue;
    entries[code] = { rating: entry.rating, evidence: entry.evidence, next_steps: entry.next_steps };
    sent.push(code);
  }
  return { fields: { entries }, sent, errors: {} };
}

/** What the server said about one element: its rating, evidence, next steps, or the element as a whole. */
export interface ElementErrors {
  rating?: string;
  evidence?: string;
  next_steps?: string;
  element?: string;
}

export interface ReflectionProblem {
  /** By element code, for the messages beside each element. */
  elements: Record<string, ElementErrors>;
  /** For the top of the form: the detail, and errors about anything but an element. */
  general: string[];
  conflict: boolean;
}

const ELEMENT_FIELD = /^entries\.([^.]+)(?:\.(rating|evidence|next_steps))?$/;

/** A problem split by element: `entries.2B.evidence` goes beside 2B's evidence. */
export function reflectionProblem(err: unknown): ReflectionProblem {
  const p = formProblem(err);
  const elements: Record<string, ElementErrors> = {};
  const general = [...p.general];
  for (const [name, message] of Object.entries(p.fields)) {
    const m = ELEMENT_FIELD.exec(name);
    if (!m) {
      general.push(`${name}: ${message}`);
      continue;
    }
    const [, code = '', field = 'element'] = m;
    const errors = (elements[code] ??= {});
    const key = field as keyof ElementErrors;
    errors[key] = errors[key] ? `${errors[key]} ${message}` : message;
  }
  return { elements, general, conflict: p.conflict };
}

/** What goes at the top of the form (the shared alerts take a form's problem). */
export function topOfForm(problem: ReflectionProblem): FormProblem {
  return { fields: {}, general: problem.general, conflict: problem.conflict };
}

/** The problem without an element's messages: they go once the candidate changes that element. */
export function withoutElement(problem: ReflectionProblem, code: string): ReflectionProblem {
  if (!(code in problem.elements)) return problem;
  const elements = { ...problem.elements };
  delete elements[code];
  return { ...problem, elements };
}

/** The elements a refused submission named, in the form's order (1A … 6C). */
export function elementsNamed(problem: ReflectionProblem): string[] {
  return Object.keys(problem.elements).sort();
}

/** "7 of 19 elements complete (36%)". */
export function progressText(complete: number, count: number, percent: number): string {
  return `${complete} of ${count} ${count === 1 ? 'element' : 'elements'} complete (${percent}%)`;
}

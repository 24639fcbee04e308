import { errorMessage, formProblem, isApiError, type FormProblem } from '../../api/problem';
import type { ApplicationToPractice, AtpChange, ElementReason, FocusPlan, Rating, Reflection } from '../../api/types';
import type { Changes } from '../../lib/autosave';
import { rebase } from '../../lib/draft';
import { PICKS, PLAN_TEXTS, type Part, type PlanText } from './atpFields';

/**
 * The form of an Application to Practice, as the API has it: the lists hold only chosen elements
 * (an element is picked before its reason is written), and a plan exists only for an element of
 * focus, in the order of the focus elements.
 */
export interface AtpDraft {
  most_growth: ElementReason[];
  focus: ElementReason[];
  action_plans: FocusPlan[];
  impact: string;
  counts_for_pl: boolean;
}

export function emptyPlan(element: string): FocusPlan {
  return { element, desired_score: null, coach_support: '', plans: '', ilp_revisions: '' };
}

export function atpToDraft(a: ApplicationToPractice): AtpDraft {
  return {
    most_growth: a.most_growth.map(({ element, reason }) => ({ element, reason })),
    focus: a.focus.map(({ element, reason }) => ({ element, reason })),
    // The interim score is the reflection's, never sent back.
    action_plans: a.action_plans.map(({ element, desired_score, coach_support, plans, ilp_revisions }) => ({
      element,
      desired_score: desired_score ?? null,
      coach_support,
      plans,
      ilp_revisions,
    })),
    impact: a.impact,
    counts_for_pl: a.counts_for_pl,
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The request body for what changed since the base; the lists go whole, as the API replaces them. */
export function atpChanges(draft: AtpDraft, base: AtpDraft): Changes<AtpDraft, AtpChange> {
  const fields: AtpChange = {};
  const sent: (keyof AtpDraft)[] = [];
  for (const key of Object.keys(draft) as (keyof AtpDraft)[]) {
    if (same(draft[key], base[key])) continue;
    Object.assign(fields, { [key]: draft[key] });
    sent.push(key);
  }
  return { fields, sent, errors: {} };
}

const codes = (list: readonly { element: string }[]) => list.map((p) => p.element);

function pickOf(list: readonly ElementReason[], element: string): ElementReason {
  return list.find((p) => p.element === element) ?? { element, reason: '' };
}

/** An element's plan, blank until something is written in it. */
export function planOf(draft: Pick<AtpDraft, 'action_plans'>, element: string): FocusPlan {
  return draft.action_plans.find((p) => p.element === element) ?? emptyPlan(element);
}

/** The plans in the order of the focus elements, none for an element not chosen. */
function plansInFocusOrder(focus: ElementReason[], plans: FocusPlan[]): FocusPlan[] {
  return codes(focus).flatMap((e) => plans.filter((p) => p.element === e).slice(0, 1));
}

/** Adds an element to a part (at most five, each once). */
export function addPick(d: AtpDraft, part: Part, element: string): AtpDraft {
  if (!element || d[part].length >= PICKS || codes(d[part]).includes(element)) return d;
  return { ...d, [part]: [...d[part], { element, reason: '' }] };
}

/** Another element in a pick's place, keeping its reason (and, for a focus element, its plan). */
export function changePick(d: AtpDraft, part: Part, from: string, to: string): AtpDraft {
  if (!to || from === to || !codes(d[part]).includes(from) || codes(d[part]).includes(to)) return d;
  const next = { ...d, [part]: d[part].map((p) => (p.element === from ? { ...p, element: to } : p)) };
  if (part === 'focus') next.action_plans = d.action_plans.map((p) => (p.element === from ? { ...p, element: to } : p));
  return next;
}

/** Takes an element out of a part; a focus element's plan goes with it. */
export function removePick(d: AtpDraft, part: Part, element: string): AtpDraft {
  if (!codes(d[part]).includes(element)) return d;
  const next = { ...d, [part]: d[part].filter((p) => p.element !== element) };
  if (part === 'focus') next.action_plans = d.action_plans.filter((p) => p.element !== element);
  return next;
}

export function setReason(d: AtpDraft, part: Part, element: string, reason: string): AtpDraft {
  return { ...d, [part]: d[part].map((p) => (p.element === element ? { ...p, reason } : p)) };
}

/** Changes a focus element's plan (written the first time something is typed in it). */
export function changePlan(d: AtpDraft, element: string, change: Partial<Omit<FocusPlan, 'element'>>): AtpDraft {
  if (!codes(d.focus).includes(element)) return d;
  const plans = d.action_plans.some((p) => p.element === element)
    ? d.action_plans.map((p) => (p.element === element ? { ...p, ...change } : p))
    : [...d.action_plans, { ...emptyPlan(element), ...change }];
  return { ...d, action_plans: plansInFocusOrder(d.focus, plans) };
}

/** Whether a pick (or a focus element's plan) holds anything the person wrote. */
export function hasWriting(d: AtpDraft, part: Part, element: string): boolean {
  if (pickOf(d[part], element).reason.trim()) return true;
  if (part !== 'focus') return false;
  const p = planOf(d, element);
  return p.desired_score !== null || !!(p.coach_support.trim() || p.plans.trim() || p.ilp_revisions.trim());
}

/**
 * The elements of a part: the user's choice if they changed which elements (or their order), else
 * the stored one; each element's reason merged on its own.
 */
function mergePicks(draft: ElementReason[], base: ElementReason[], next: ElementReason[]): ElementReason[] {
  const chosen = same(codes(draft), codes(base)) ? codes(next) : codes(draft);
  return chosen.map((e) => rebase(pickOf(draft, e), pickOf(base, e), pickOf(next, e)));
}

/** Each focus element's plan merged field by field (the other side may have written another plan). */
function mergePlans(draft: FocusPlan[], base: FocusPlan[], next: FocusPlan[], focus: ElementReason[]): FocusPlan[] {
  const written = new Set([...codes(draft), ...codes(next)]);
  return codes(focus)
    .filter((e) => written.has(e))
    .map((e) => rebase(planOf({ action_plans: draft }, e), planOf({ action_plans: base }, e), planOf({ action_plans: next }, e)));
}

/**
 * The user's form onto a newer version (412, reload): what they typed is kept, element by
 * element, and the other side's changes elsewhere are taken. A plan never outlives its focus
 * element, so the merged form still saves.
 */
export function mergeAtpDrafts(draft: AtpDraft, base: AtpDraft, next: AtpDraft): AtpDraft {
  const focus = mergePicks(draft.focus, base.focus, next.focus);
  return {
    ...rebase(draft, base, next),
    most_growth: mergePicks(draft.most_growth, base.most_growth, next.most_growth),
    focus,
    action_plans: mergePlans(draft.action_plans, base.action_plans, next.action_plans, focus),
  };
}

/** Where the form shows a message about a pick: its element, its reason (keyed by element, so it follows it). */
export function pickKey(part: Part, element: string, field: 'element' | 'reason'): string {
  return `${part}.${element}.${field}`;
}

/** Where the form shows a message about a focus element's plan (its `element` is the plan as a whole). */
export function planKey(element: string, field: 'element' | 'desired_score' | PlanText): string {
  return `plan.${element}.${field}`;
}

const TOP_FIELDS = ['most_growth', 'focus', 'action_plans', 'impact', 'counts_for_pl'];

/**
 * Where the form shows the server's field `name`: `focus.1.reason` beside the reason of the
 * second focus element, `action_plans.0.plans` beside that plan's element's plans. Null: not a
 * field of the form.
 */
function atpErrorKey(name: string, draft: AtpDraft): string | null {
  const pick = /^(most_growth|focus)\.(\d+)(?:\.(element|reason))?$/.exec(name);
  if (pick) {
    const part = pick[1] as Part;
    const element = draft[part][Number(pick[2])]?.element;
    return element ? pickKey(part, element, (pick[3] as 'element' | 'reason' | undefined) ?? 'element') : part;
  }
  const plan = /^action_plans\.(\d+)(?:\.(\w+))?$/.exec(name);
  if (plan) {
    const element = draft.action_plans[Number(plan[1])]?.element;
    const field = plan[2] ?? 'element';
    if (!element) return 'action_plans';
    return ['element', 'desired_score', ...PLAN_TEXTS.map((t) => t.key)].includes(field)
      ? planKey(element, field as Parameters<typeof planKey>[1])
      : planKey(element, 'element');
  }
  return TOP_FIELDS.includes(name) ? name : null;
}

/** A problem whose field errors are keyed by where the form shows them (`draft`: the form the server checked). */
export function atpProblem(err: unknown, draft: AtpDraft): FormProblem {
  const p = formProblem(err);
  const fields: Record<string, string> = {};
  const general = [...p.general];
  for (const [name, message] of Object.entries(p.fields)) {
    const key = atpErrorKey(name, draft);
    if (key) fields[key] = fields[key] ? `${fields[key]} ${message}` : message;
    else general.push(`${name}: ${message}`);
  }
  return { fields, general, conflict: p.conflict };
}

/** The problem without the messages a change answers: their keys, or every key beginning with one ending in a dot (`plan.2B.`). */
export function withoutFields(problem: FormProblem, touched: string[]): FormProblem {
  const answered = (k: string) => touched.some((t) => (t.endsWith('.') ? k.startsWith(t) : k === t));
  return { ...problem, fields: Object.fromEntries(Object.entries(problem.fields).filter(([k]) => !answered(k))) };
}

/**
 * Why starting was refused, in words: before the interim reflection is submitted the API answers
 * 409 naming `interim_reflection`; once one exists, 409 naming `enrollment_id`.
 */
export function startRefusal(err: unknown): string {
  const named = (field: string) => (isApiError(err) && err.status === 409 ? err.problem.errors?.find((e) => e.field === field) : undefined);
  const interim = named('interim_reflection');
  if (interim) return `Not started: the interim reflection ${interim.message}. The Application to Practice opens once it is submitted.`;
  if (named('enrollment_id')) return 'The Application to Practice was started already: reload the page to open it.';
  return errorMessage(err);
}

/**
 * The interim score of each element: the one the API fills in on a saved plan, else the submitted
 * interim reflection's rating (a plan not saved yet).
 */
export function interimScores(atp: ApplicationToPractice, interim?: Reflection): Record<string, Rating | null> {
  const scores: Record<string, Rating | null> = {};
  for (const [code, entry] of Object.entries(interim?.entries ?? {})) scores[code] = entry.rating ?? null;
  for (const plan of atp.action_plans) if (plan.interim_score !== undefined) scores[plan.element] = plan.interim_score ?? null;
  return scores;
}


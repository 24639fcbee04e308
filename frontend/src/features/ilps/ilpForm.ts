import { formProblem, type FormProblem } from '../../api/problem';
import type { ActionStep, Ilp, IlpFields, StepStatus } from '../../api/types';
import type { Changes } from '../../lib/autosave';
import { rebase } from '../../lib/draft';
import { ILP_FIELDS, STEP_FIELDS, type StepField } from './ilpFields';

/** An action step as the form holds it: text per input. */
export interface StepDraft {
  id: string;
  step: string;
  people_involved: string;
  resources: string;
  due_date: string;
  status: StepStatus;
  summary_of_learning: string;
}

/** The ILP form as it holds it. */
export interface IlpDraft {
  program_year: number;
  /** "YYYY-MM-DD"; empty until the server has given the plan its day. */
  date_created: string;
  standards: number[];
  elements: string[];
  focus: string;
  smart_goal: string;
  steps: StepDraft[];
  pl_helped: boolean | null;
  pl_explanation: string;
  reflective_summary: string;
}

/** A blank plan; the server puts a new plan in the current program year, as the form shows it. */
export function emptyIlpDraft(programYear: number): IlpDraft {
  return {
    program_year: programYear,
    date_created: '',
    standards: [],
    elements: [],
    focus: '',
    smart_goal: '',
    steps: [],
    pl_helped: null,
    pl_explanation: '',
    reflective_summary: '',
  };
}

/** A blank action step; its id is the client's, so that comments can point at it once saved. */
export function newStep(id: string = crypto.randomUUID()): StepDraft {
  return { id, step: '', people_involved: '', resources: '', due_date: '', status: 'in_progress', summary_of_learning: '' };
}

export function ilpToDraft(ilp: Ilp): IlpDraft {
  return {
    program_year: ilp.program_year,
    date_created: ilp.date_created ?? '',
    standards: [...ilp.standards],
    elements: [...ilp.elements],
    focus: ilp.focus,
    smart_goal: ilp.smart_goal,
    steps: ilp.steps.map((s) => ({ ...s, due_date: s.due_date ?? '' })),
    pl_helped: ilp.pl_helped ?? null,
    pl_explanation: ilp.pl_explanation,
    reflective_summary: ilp.reflective_summary,
  };
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function stepToApi(s: StepDraft): ActionStep {
  return { ...s, due_date: s.due_date || null };
}

/** The request body for what changed since the base; `steps` goes whole, as the API replaces it. */
export function ilpChanges(draft: IlpDraft, base: IlpDraft): Changes<IlpDraft, IlpFields> {
  const fields: IlpFields = {};
  const sent: (keyof IlpDraft)[] = [];
  for (const key of Object.keys(draft) as (keyof IlpDraft)[]) {
    if (same(draft[key], base[key])) continue;
    if (key === 'steps') fields.steps = draft.steps.map(stepToApi);
    // A date cleared in the input keeps the stored one: the form always has a day.
    else if (key === 'date_created' && !draft.date_created) continue;
    else Object.assign(fields, { [key]: draft[key] });
    sent.push(key);
  }
  return { fields, sent, errors: {} };
}

/** The chosen standards; elements of a standard no longer chosen go with it. */
export function chooseStandards(draft: IlpDraft, standards: number[]): IlpDraft {
  return { ...draft, standards, elements: draft.elements.filter((e) => standards.includes(Number(e.charAt(0)))) };
}

export function addStep(steps: StepDraft[], step: StepDraft = newStep()): StepDraft[] {
  return [...steps, step];
}

export function removeStep(steps: StepDraft[], id: string): StepDraft[] {
  return steps.filter((s) => s.id !== id);
}

/** Moves a step one place up (-1) or down (1). */
export function moveStep(steps: StepDraft[], id: string, by: -1 | 1): StepDraft[] {
  const i = steps.findIndex((s) => s.id === id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= steps.length) return steps;
  const out = [...steps];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

export function changeStep(steps: StepDraft[], id: string, change: Partial<Omit<StepDraft, 'id'>>): StepDraft[] {
  return steps.map((s) => (s.id === id ? { ...s, ...change } : s));
}

/**
 * Merges the user's steps onto a newer version's, step by step (a candidate and their coach may
 * each change a different step). A step one side removed stays if the other side changed it;
 * the order is the user's if they reordered, else the stored one, with the steps only the other
 * side has placed after the step they follow there.
 */
function mergeSteps(draft: StepDraft[], base: StepDraft[], next: StepDraft[]): StepDraft[] {
  const byId = (list: StepDraft[]) => new Map(list.map((s) => [s.id, s]));
  const d = byId(draft);
  const b = byId(base);
  const n = byId(next);
  const kept = (id: string): boolean => {
    const was = b.get(id);
    if (!was) return true;
    if (!d.has(id)) return n.has(id) && !same(n.get(id), was);
    if (!n.has(id)) return !same(d.get(id), was);
    return true;
  };
  const merged = (id: string): StepDraft => {
    const was = b.get(id);
    const mine = d.get(id);
    const theirs = n.get(id);
    if (was && mine && theirs) return rebase(mine, was, theirs);
    return (mine ?? theirs)!;
  };
  const ids = (list: StepDraft[]) => list.map((s) => s.id);
  const reordered = !same(
    ids(draft).filter((id) => b.has(id)),
    ids(base).filter((id) => d.has(id)),
  );
  const [first, second] = reordered ? [draft, next] : [next, draft];
  const order = ids(first).filter(kept);
  ids(second).forEach((id, i, all) => {
    if (!kept(id) || order.includes(id)) return;
    const before = all
      .slice(0, i)
      .reverse()
      .find((p) => order.includes(p));
    order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, id);
  });
  return order.map(merged);
}

/** The user's form onto a newer plan: field by field, and the action steps step by step. */
export function mergeIlpDrafts(draft: IlpDraft, base: IlpDraft, next: IlpDraft): IlpDraft {
  return { ...rebase(draft, base, next), steps: mergeSteps(draft.steps, base.steps, next.steps) };
}

/** Where the form shows a message about a step's field (or about the step as a whole). */
export function stepErrorKey(stepId: string, field?: StepField): string {
  return field ? `steps.${stepId}.${field}` : `steps.${stepId}`;
}

/**
 * Where the form shows the server's field `name` (dotted): `steps.1.due_date` beside the due
 * date of the second of `steps` (the list the server checked), keyed by the step's id so the
 * message follows the step when it moves; `standards.0` beside the standards. Null: not a field
 * of the form.
 */
function ilpErrorKey(name: string, steps: readonly { id: string }[]): string | null {
  const m = /^steps\.(\d+)(?:\.(\w+))?/.exec(name);
  if (m) {
    const step = steps[Number(m[1])];
    if (!step) return 'steps';
    const field = STEP_FIELDS.find((f) => f.key === m[2]);
    return stepErrorKey(step.id, field?.key);
  }
  const top = name.replace(/\.\d+$/, '');
  return ILP_FIELDS.some((f) => f.key === top) ? top : null;
}

/** A problem whose field errors are keyed by where the ILP form shows them. */
export function ilpProblem(err: unknown, steps: readonly { id: string }[]): FormProblem {
  const p = formProblem(err);
  const fields: Record<string, string> = {};
  const general = [...p.general];
  for (const [name, message] of Object.entries(p.fields)) {
    const key = ilpErrorKey(name, steps);
    if (key) fields[key] = fields[key] ? `${fields[key]} ${message}` : message;
    else general.push(`${name}: ${message}`);
  }
  return { fields, general, conflict: p.conflict };
}

import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import type { ApplicationToPractice } from '../../api/types';
import { reflection } from '../reflections/testData';
import {
  addPick,
  atpChanges,
  atpProblem,
  atpToDraft,
  changePick,
  changePlan,
  emptyPlan,
  hasWriting,
  interimScores,
  mergeAtpDrafts,
  planKey,
  pickKey,
  removePick,
  setReason,
  startRefusal,
  withoutFields,
  type AtpDraft,
} from './atpForm';
import { atp } from './testData';

const draft = (overrides: Partial<ApplicationToPractice> = {}): AtpDraft => atpToDraft(atp(overrides));
const problem = (status: number, errors: { field: string; message: string }[]) =>
  new ApiError(status, { status, title: 'Invalid input', errors });

describe('the Application to Practice form', () => {
  it('reads the record without the interim scores, and sends only the lists changed, whole', () => {
    const base = draft();
    expect(base.action_plans).toEqual([{ element: '2B', desired_score: 3, coach_support: '', plans: 'A PLC cycle.', ilp_revisions: '' }]);
    const d = setReason(addPick(base, 'most_growth', '1B'), 'most_growth', '1B', 'Staff co-wrote it.');
    expect(atpChanges(d, base)).toEqual({
      fields: {
        most_growth: [
          { element: '1A', reason: 'Led the vision retreat.' },
          { element: '1B', reason: 'Staff co-wrote it.' },
        ],
      },
      sent: ['most_growth'],
      errors: {},
    });
    expect(atpChanges({ ...base, counts_for_pl: true }, base).fields).toEqual({ counts_for_pl: true });
    expect(atpChanges(base, base).sent).toEqual([]);
  });

  it('holds five elements a part at most, each once', () => {
    let d = draft({ most_growth: [] });
    for (const code of ['1A', '1B', '2A', '2B', '4C', '1C']) d = addPick(d, 'most_growth', code);
    expect(d.most_growth.map((p) => p.element)).toEqual(['1A', '1B', '2A', '2B', '4C']);
    expect(addPick(draft(), 'focus', '2B')).toEqual(draft());
    expect(addPick(draft(), 'focus', '')).toEqual(draft());
  });

  it('keeps a plan only for an element of focus: renamed with it, removed with it', () => {
    const renamed = changePick(draft(), 'focus', '2B', '4C');
    expect(renamed.focus).toEqual([{ element: '4C', reason: 'Tier 1 is uneven.' }]);
    expect(renamed.action_plans.map((p) => [p.element, p.plans])).toEqual([['4C', 'A PLC cycle.']]);
    // Not onto an element chosen already.
    const two = addPick(draft(), 'focus', '4C');
    expect(changePick(two, 'focus', '2B', '4C')).toBe(two);

    const removed = removePick(draft(), 'focus', '2B');
    expect(removed.focus).toEqual([]);
    expect(removed.action_plans).toEqual([]);
    // An element of most growth has no plan to take along.
    expect(removePick(draft(), 'most_growth', '1A').action_plans).toHaveLength(1);
  });

  it('writes a plan the first time something is typed in it, in the order of the focus elements', () => {
    const d = changePlan(addPick(addPick(draft(), 'focus', '4C'), 'focus', '1B'), '1B', { desired_score: 2 });
    const d2 = changePlan(d, '4C', { plans: 'Map the partners' });
    expect(d2.action_plans.map((p) => p.element)).toEqual(['2B', '4C', '1B']);
    expect(d2.action_plans[1]).toEqual({ ...emptyPlan('4C'), plans: 'Map the partners' });
    // Never for an element not of focus (the API would refuse it).
    expect(changePlan(d2, '1A', { plans: 'x' })).toBe(d2);
  });

  it('says whether removing would lose writing', () => {
    const d = addPick(draft(), 'focus', '4C');
    expect(hasWriting(d, 'focus', '4C')).toBe(false);
    expect(hasWriting(changePlan(d, '4C', { desired_score: 0 }), 'focus', '4C')).toBe(true);
    expect(hasWriting(d, 'focus', '2B')).toBe(true);
    expect(hasWriting(d, 'most_growth', '1A')).toBe(true);
  });

  it('merges a newer version element by element, keeping what was typed', () => {
    const base = draft();
    // Typed here: 2B's plan and a second focus element.
    const mine = changePlan(addPick(base, 'focus', '4C'), '2B', { coach_support: 'Observe my PLC' });
    // Saved elsewhere: 1A's reason, 2B's ILP revisions, the narrative.
    const theirs: AtpDraft = {
      ...setReason(base, 'most_growth', '1A', 'Changed in the other tab'),
      action_plans: [{ ...base.action_plans[0]!, ilp_revisions: 'A new ILP on assessment' }],
      impact: 'From the other tab',
    };
    const merged = mergeAtpDrafts(mine, base, theirs);
    expect(merged.most_growth).toEqual([{ element: '1A', reason: 'Changed in the other tab' }]);
    expect(merged.focus.map((f) => f.element)).toEqual(['2B', '4C']);
    expect(merged.action_plans).toEqual([
      { element: '2B', desired_score: 3, coach_support: 'Observe my PLC', plans: 'A PLC cycle.', ilp_revisions: 'A new ILP on assessment' },
    ]);
    expect(merged.impact).toBe('From the other tab');
  });

  it('drops a plan whose element left the focus on the other side, unless it was typed here', () => {
    const base = addPick(draft(), 'focus', '4C');
    const theirs = changePlan(removePick(base, 'focus', '2B'), '4C', { plans: 'Theirs' });
    const mine = setReason(base, 'most_growth', '1A', 'Typed here');
    const merged = mergeAtpDrafts(mine, base, theirs);
    expect(merged.focus.map((f) => f.element)).toEqual(['4C']);
    expect(merged.action_plans.map((p) => [p.element, p.plans])).toEqual([['4C', 'Theirs']]);
    expect(merged.most_growth[0]!.reason).toBe('Typed here');
  });

  it('puts the server’s messages beside the element they name, by its place in the list', () => {
    const d = addPick(changePlan(addPick(draft(), 'focus', '4C'), '4C', { plans: 'x' }), 'most_growth', '1B');
    const p = atpProblem(
      problem(422, [
        { field: 'most_growth', message: 'choose 5 elements' },
        { field: 'most_growth[1].reason', message: 'say why 1B was chosen' },
        { field: 'focus[1].element', message: 'needs an action plan' },
        { field: 'action_plans[1].desired_score', message: 'is required' },
        { field: 'impact', message: 'is required to submit' },
        { field: 'status', message: 'it is submitted' },
      ]),
      d,
    );
    expect(p.fields).toEqual({
      most_growth: 'choose 5 elements',
      [pickKey('most_growth', '1B', 'reason')]: 'say why 1B was chosen',
      [pickKey('focus', '4C', 'element')]: 'needs an action plan',
      [planKey('4C', 'desired_score')]: 'is required',
      impact: 'is required to submit',
    });
    expect(p.general).toEqual(['status: it is submitted']);
    // Keys are flat: a key ending in a dot answers every message under it.
    const fields = (touched: string[]) => Object.keys(withoutFields(p, touched).fields);
    expect(fields(['most_growth.1B.'])).toEqual(['most_growth', 'focus.4C.element', 'plan.4C.desired_score', 'impact']);
    expect(fields(['most_growth', 'impact'])).toEqual(['most_growth.1B.reason', 'focus.4C.element', 'plan.4C.desired_score']);
  });

  it('says why it cannot start before the interim reflection is submitted', () => {
    const interim = problem(409, [{ field: 'interim_reflection', message: 'is not submitted yet; the application is built on it' }]);
    expect(startRefusal(interim)).toBe(
      'Not started: the interim reflection is not submitted yet; the application is built on it. The Application to Practice opens once it is submitted.',
    );
    expect(startRefusal(problem(409, [{ field: 'enrollment_id', message: 'has an Application to Practice already' }]))).toMatch(
      /started already/,
    );
  });

  it('takes the interim scores from the saved plans, else from the interim reflection', () => {
    const interim = reflection({ entries: { '2B': { rating: 1, evidence: '', next_steps: '' }, '4C': { rating: 'n/a', evidence: '', next_steps: '' } } });
    expect(interimScores(atp(), interim)).toEqual({ '2B': 2, '4C': 'n/a' });
    expect(interimScores(atp())).toEqual({ '2B': 2 });
  });
});

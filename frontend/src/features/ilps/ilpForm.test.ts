import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import { ilp, step } from '../../test/ilps';
import {
  addStep,
  changeStep,
  chooseStandards,
  emptyIlpDraft,
  ilpChanges,
  ilpProblem,
  ilpToDraft,
  mergeIlpDrafts,
  moveStep,
  newStep,
  removeStep,
  stepErrorKey,
  type IlpDraft,
} from './ilpForm';

const stored = ilpToDraft(
  ilp({ focus: 'MTSS lacks a framework', standards: [2], steps: [step('s1', { due_date: '2026-03-25' }), step('s2')] }),
);

describe('the ILP form', () => {
  it('sends the date the plan was written, and keeps the stored one when the input is cleared', () => {
    const dated: IlpDraft = { ...stored, date_created: '2025-10-02' };
    expect(ilpChanges(dated, stored).fields).toEqual({ date_created: '2025-10-02' });
    const cleared: IlpDraft = { ...dated, date_created: '' };
    expect(ilpChanges(cleared, dated)).toEqual({ fields: {}, sent: [], errors: {} });
  });

  it('sends only what changed, and a plan’s steps whole', () => {
    const draft: IlpDraft = { ...stored, smart_goal: 'PLC time in the master schedule', pl_helped: true };
    expect(ilpChanges(draft, stored)).toEqual({
      fields: { smart_goal: 'PLC time in the master schedule', pl_helped: true },
      sent: ['smart_goal', 'pl_helped'],
      errors: {},
    });
    expect(ilpChanges(stored, stored).sent).toEqual([]);
  });

  it('turns adding, changing, moving and removing steps into the steps body', () => {
    let steps = addStep(stored.steps, newStep('s3'));
    steps = changeStep(steps, 's3', { step: 'Hire intervention aides', status: 'attained' });
    steps = moveStep(steps, 's3', -1);
    steps = removeStep(steps, 's1');
    const { fields, sent } = ilpChanges({ ...stored, steps }, stored);
    expect(sent).toEqual(['steps']);
    expect(fields.steps).toEqual([
      { ...step('s3'), step: 'Hire intervention aides', status: 'attained', due_date: null },
      { ...step('s2'), due_date: null },
    ]);
  });

  it('does not move a step past either end', () => {
    expect(moveStep(stored.steps, 's1', -1)).toBe(stored.steps);
    expect(moveStep(stored.steps, 's2', 1)).toBe(stored.steps);
    expect(moveStep(stored.steps, 's1', 1).map((s) => s.id)).toEqual(['s2', 's1']);
  });

  it('gives a new step its own id and the handbook’s “in progress”', () => {
    const a = newStep();
    const b = newStep();
    expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.id).not.toBe(b.id);
    expect(a.status).toBe('in_progress');
  });

  it('drops the elements of a standard no longer chosen', () => {
    const draft = { ...emptyIlpDraft(1), standards: [1, 2], elements: ['1A', '2B'] };
    expect(chooseStandards(draft, [2])).toMatchObject({ standards: [2], elements: ['2B'] });
  });
});

describe('the server’s field errors on the ILP form', () => {
  const err = new ApiError(422, {
    status: 422,
    title: 'Validation failed',
    errors: [
      { field: 'steps[1].due_date', message: 'is outside the enrollment' },
      { field: 'steps[0].status', message: 'is not attained yet' },
      { field: 'standards[0]', message: '7 is not a CPSEL standard (1–6)' },
      { field: 'reflective_summary', message: 'is required to complete the plan' },
      { field: 'steps[5].step', message: 'describe the action step' },
      { field: 'enrollment_id', message: 'is closed' },
    ],
  });

  it('go beside the step the server named, by the step’s id', () => {
    const p = ilpProblem(err, stored.steps);
    expect(p.fields).toEqual({
      [stepErrorKey('s2', 'due_date')]: 'is outside the enrollment',
      [stepErrorKey('s1', 'status')]: 'is not attained yet',
      standards: '7 is not a CPSEL standard (1–6)',
      reflective_summary: 'is required to complete the plan',
      // A step the form no longer has: beside the action plan.
      steps: 'describe the action step',
    });
    expect(p.general).toEqual(['enrollment_id: is closed']);
  });

  it('follow the order of the steps the server checked', () => {
    const p = ilpProblem(err, [...stored.steps].reverse());
    expect(p.fields[stepErrorKey('s1', 'due_date')]).toBe('is outside the enrollment');
    expect(p.fields[stepErrorKey('s2', 'status')]).toBe('is not attained yet');
  });
});

describe('merging onto someone else’s newer plan', () => {
  it('keeps both people’s changes to different steps and fields', () => {
    const mine = { ...stored, focus: 'My focus', steps: changeStep(stored.steps, 's1', { resources: 'RTI documents' }) };
    const theirs = { ...stored, smart_goal: 'Their goal', steps: changeStep(stored.steps, 's2', { status: 'attained' as const }) };
    const merged = mergeIlpDrafts(mine, stored, theirs);
    expect(merged.focus).toBe('My focus');
    expect(merged.smart_goal).toBe('Their goal');
    expect(merged.steps.map((s) => [s.id, s.resources, s.status])).toEqual([
      ['s1', 'RTI documents', 'in_progress'],
      ['s2', '', 'attained'],
    ]);
  });

  it('keeps steps either side added, each after the step it followed', () => {
    const mine = { ...stored, steps: [stored.steps[0]!, newStep('mine'), stored.steps[1]!] };
    const theirs = { ...stored, steps: [...stored.steps, newStep('theirs')] };
    expect(mergeIlpDrafts(mine, stored, theirs).steps.map((s) => s.id)).toEqual(['s1', 'mine', 's2', 'theirs']);
  });

  it('removes a step the other removed, unless the user was changing it', () => {
    const theirs = { ...stored, steps: [stored.steps[1]!] };
    expect(mergeIlpDrafts(stored, stored, theirs).steps.map((s) => s.id)).toEqual(['s2']);
    const mine = { ...stored, steps: changeStep(stored.steps, 's1', { step: 'Still needed' }) };
    expect(mergeIlpDrafts(mine, stored, theirs).steps.map((s) => s.step)).toEqual(['Still needed', 'Step s2']);
  });

  it('keeps the user’s new order of the steps', () => {
    const mine = { ...stored, steps: moveStep(stored.steps, 's2', -1) };
    const theirs = { ...stored, steps: changeStep(stored.steps, 's1', { step: 'Theirs' }) };
    expect(mergeIlpDrafts(mine, stored, theirs).steps.map((s) => s.step)).toEqual(['Step s2', 'Theirs']);
  });
});

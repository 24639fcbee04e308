import { describe, expect, it } from 'vitest';
import { STANDARDS, ilp, step } from '../../test/ilps';
import { ILP_FIELDS, STEP_FIELDS, ilpField, ilpFieldText, stepFieldText } from './ilpFields';
import { emptyIlpDraft, newStep } from './ilpForm';
import { stepChanges } from './ilpHistory';

describe('the ILP’s fields', () => {
  it('describe every input of the form once, in the form’s order', () => {
    expect(ILP_FIELDS.map((f) => f.key)).toEqual(Object.keys(emptyIlpDraft(1)));
    expect(STEP_FIELDS.map((f) => f.key)).toEqual(Object.keys(newStep()).filter((k) => k !== 'id'));
    expect(new Set(ILP_FIELDS.map((f) => f.label)).size).toBe(ILP_FIELDS.length);
  });

  it('read a plan as the sheet and the history show it', () => {
    const plan = ilp({ program_year: 2, standards: [2, 5], elements: ['2B'], focus: '  ', pl_helped: false });
    const text = (name: string) => ilpFieldText(ilpField(name)!, plan, STANDARDS);
    expect(text('program_year')).toBe('Year 2');
    expect(text('standards')).toBe('2 — Instructional Leadership; 5');
    expect(text('elements')).toBe('2B Curriculum and Instruction');
    expect(text('focus')).toBeNull();
    expect(text('pl_helped')).toBe('No');
    const s = step('s1', { due_date: '2016-03-25', status: 'attained' });
    const stepText = (name: string) => stepFieldText(STEP_FIELDS.find((f) => f.key === name)!, s);
    expect(stepText('due_date')).toBe('Mar 25, 2016');
    expect(stepText('status')).toBe('Attained');
    expect(stepText('resources')).toBeNull();
  });

  it('tell the history which steps were added, removed, changed and moved', () => {
    const before = [step('a', { step: 'Meet the chairs' }), step('b', { step: 'Build the schedule' }), step('c', { step: 'Old idea' })];
    const after = [
      step('b', { step: 'Build the schedule', status: 'attained' }),
      step('a', { step: 'Meet the chairs' }),
      step('d', { step: 'Hire aides' }),
    ];
    expect(stepChanges(before, after)).toEqual([
      { label: 'Action step 3', before: 'Old idea', after: '(removed)' },
      { label: 'Action step 1, In progress or attained', before: 'In progress', after: 'Attained' },
      { label: 'Action step 3', before: '(new)', after: 'Hire aides' },
      { label: 'Order of the action steps', before: '1. Meet the chairs; 2. Build the schedule', after: '1. Build the schedule; 2. Meet the chairs' },
    ]);
  });
});

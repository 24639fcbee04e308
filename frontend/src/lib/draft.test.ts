import { describe, expect, it } from 'vitest';
import { rebase } from './draft';

describe('rebase', () => {
  it('keeps the user’s edits and takes the rest from the newer record', () => {
    const base = { name: 'Sierra Unified', county: 'Fresno' };
    const draft = { name: 'Sierra Joint Unified', county: 'Fresno' };
    const next = { name: 'Sierra Unified', county: 'Madera' };
    expect(rebase(draft, base, next)).toEqual({ name: 'Sierra Joint Unified', county: 'Madera' });
  });

  it('lets the user’s value win when both changed the same field', () => {
    expect(rebase({ label: 'Mine' }, { label: 'Old' }, { label: 'Theirs' })).toEqual({ label: 'Mine' });
  });

  it('merges nested objects and treats arrays as values', () => {
    const base = { values: { a: '1', b: '2' }, months: [9, 10] };
    const draft = { values: { a: '5', b: '2' }, months: [9, 10] };
    const next = { values: { a: '1', b: '7' }, months: [9, 10, 11] };
    expect(rebase(draft, base, next)).toEqual({ values: { a: '5', b: '7' }, months: [9, 10, 11] });
    const edited = { ...draft, months: [9] };
    expect(rebase(edited, base, next).months).toEqual([9]);
  });
});

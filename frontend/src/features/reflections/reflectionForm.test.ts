import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import {
  elementsNamed,
  progressText,
  reflectionChanges,
  reflectionProblem,
  reflectionToDraft,
  topOfForm,
  withoutElement,
} from './reflectionForm';
import { reflection } from './testData';

const refused = (errors: { field: string; message: string }[]) =>
  new ApiError(422, { title: 'Validation failed', status: 422, detail: 'The reflection is not complete.', errors });

describe('the PATCH body of a reflection', () => {
  const base = reflectionToDraft(reflection());

  it('sends a changed element whole, and no other', () => {
    const draft = { ...base, '1A': { ...base['1A']!, evidence: 'Led the vision retreat with the council.' } };
    const { fields, sent } = reflectionChanges(draft, base);
    expect(fields).toEqual({
      entries: { '1A': { rating: 2, evidence: 'Led the vision retreat with the council.', next_steps: 'Share the draft.' } },
    });
    expect(sent).toEqual(['1A']);
  });

  it('sends an element touched for the first time with empty texts, and N/A as the API spells it', () => {
    const draft = { ...base, '6C': { rating: 'n/a' as const, evidence: '', next_steps: '' } };
    expect(reflectionChanges(draft, base).fields).toEqual({ entries: { '6C': { rating: 'n/a', evidence: '', next_steps: '' } } });
  });

  it('sends nothing when nothing changed, and texts exactly as typed', () => {
    expect(reflectionChanges(base, base).sent).toEqual([]);
    const draft = { ...base, '2B': { ...base['2B']!, evidence: '  PLC walk-throughs\n' } };
    expect(reflectionChanges(draft, base).fields.entries['2B']!.evidence).toBe('  PLC walk-throughs\n');
  });

  it('reads a reflection into the form, filling what the API leaves out', () => {
    const r = reflection({ entries: { '3A': { rating: null } as never } });
    expect(reflectionToDraft(r)).toEqual({ '3A': { rating: null, evidence: '', next_steps: '' } });
  });
});

describe('a refused save or submission', () => {
  it('puts each message beside the element and field it names', () => {
    const p = reflectionProblem(
      refused([
        { field: 'entries.2B.evidence', message: 'describe the evidence for this rating' },
        { field: 'entries.6C.rating', message: 'rate this element (n/a or 0–4)' },
        { field: 'entries.9Z', message: '9Z is not a CPSEL element (1A–6C)' },
        { field: 'entries.2B.evidence', message: 'and keep it short' },
      ]),
    );
    expect(p.elements).toEqual({
      '2B': { evidence: 'describe the evidence for this rating and keep it short' },
      '6C': { rating: 'rate this element (n/a or 0–4)' },
      '9Z': { element: '9Z is not a CPSEL element (1A–6C)' },
    });
    expect(p.general).toEqual([]);
    expect(elementsNamed(p)).toEqual(['2B', '6C', '9Z']);
  });

  it('keeps messages about anything else, and a conflict, for the top of the form', () => {
    expect(reflectionProblem(refused([{ field: 'term', message: 'is not a term' }])).general).toEqual(['term: is not a term']);
    const conflict = reflectionProblem(new ApiError(412, { title: 'Precondition Failed', status: 412 }));
    expect(topOfForm(conflict)).toEqual({ fields: {}, general: [expect.stringMatching(/^Someone else changed/)], conflict: true });
  });

  it('drops an element’s messages once it is changed', () => {
    const p = reflectionProblem(
      refused([
        { field: 'entries.1B.rating', message: 'rate this element (n/a or 0–4)' },
        { field: 'entries.6C.rating', message: 'rate this element (n/a or 0–4)' },
      ]),
    );
    expect(elementsNamed(withoutElement(p, '1B'))).toEqual(['6C']);
    expect(withoutElement(p, '2A')).toBe(p);
  });
});

describe('percent complete', () => {
  it('says how many elements of how many, and the percent', () => {
    expect(progressText(7, 19, 36)).toBe('7 of 19 elements complete (36%)');
    expect(progressText(0, 1, 0)).toBe('0 of 1 element complete (0%)');
  });
});

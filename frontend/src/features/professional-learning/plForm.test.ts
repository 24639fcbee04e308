import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import { emptyPlDraft, minutesOf, newPlBody, plChanges, plErrorKey, plProblem, plToDraft, withoutFields } from './plForm';
import { pl } from './testData';

function problem(status: number, errors: { field: string; message: string }[]) {
  return new ApiError(status, { status, title: 'Invalid input', detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors });
}

describe('the PL reflection form', () => {
  it('reads a record as the form holds it: hours as typed, no ILP as ""', () => {
    expect(plToDraft(pl({ minutes: 150, ilp_id: null }))).toEqual({
      title: 'Equity in education',
      activity_date: '2026-11-14',
      hours: '2.5',
      ilp_id: '',
      standards: [2, 3],
      placement_before: 2,
      placement_after: null,
      summary: 'Equity audits.',
    });
  });

  it('turns the hours typed into minutes, and says when they are not a number', () => {
    expect(minutesOf('6')).toEqual({ minutes: 360 });
    expect(minutesOf('2,5')).toEqual({ minutes: 150 });
    expect(minutesOf('')).toEqual({ minutes: null });
    expect(minutesOf('six')).toMatchObject({ minutes: null, error: 'Enter the hours as a number, e.g. 6 or 2.5.' });
  });

  it('creates nothing until the form has a title, a date and its hours; then sends all of it', () => {
    const empty = emptyPlDraft('2026-11-14');
    const titled = { ...empty, title: 'Equity in education', standards: [2] };
    expect(plChanges(titled, empty, true)).toEqual({ fields: {}, sent: [], errors: {} });
    expect(plChanges({ ...titled, hours: 'x' }, empty, true)).toMatchObject({ sent: [], errors: { minutes: expect.any(String) } });

    const ready = { ...titled, hours: '6', ilp_id: 'ilp-1' };
    const { fields, sent } = plChanges(ready, empty, true);
    expect(sent).toHaveLength(Object.keys(ready).length);
    expect(newPlBody(fields)).toEqual({
      title: 'Equity in education',
      activity_date: '2026-11-14',
      minutes: 360,
      ilp_id: 'ilp-1',
      reflection: { standards: [2], placement_before: null, placement_after: null, summary: '' },
    });
  });

  it('patches the changed fields of a record, the reflection whole, the ILP detached as null', () => {
    const base = plToDraft(pl({ ilp_id: 'ilp-1' }));
    const draft = { ...base, summary: 'Equity audits with each team.', ilp_id: '' };
    const { fields, sent, errors } = plChanges(draft, base, false);
    expect(fields).toEqual({
      ilp_id: null,
      reflection: { standards: [2, 3], placement_before: 2, placement_after: null, summary: 'Equity audits with each team.' },
    });
    expect(sent).toEqual(['ilp_id', 'standards', 'placement_before', 'placement_after', 'summary']);
    expect(errors).toEqual({});
  });

  it('keeps hours it cannot send (none, or not a number) and an empty date out of the request, with a message', () => {
    const base = plToDraft(pl());
    const cleared = plChanges({ ...base, hours: '', activity_date: '', title: 'New title' }, base, false);
    expect(cleared.fields).toEqual({ title: 'New title' });
    expect(cleared.errors).toEqual({ minutes: 'Enter the hours, e.g. 6 or 2.5.', activity_date: 'Enter the date of the professional learning.' });
    expect(plChanges({ ...base, hours: '7.5' }, base, false).fields).toEqual({ minutes: 450 });
  });

  it('puts the server’s messages beside the fields they name, with or without the reflection’s prefix', () => {
    expect(plErrorKey('standards')).toBe('standards');
    expect(plErrorKey('reflection.placement_before')).toBe('placement_before');
    expect(plErrorKey('standards.0')).toBe('standards');
    expect(plErrorKey('minutes')).toBe('minutes');
    expect(plErrorKey('status')).toBeNull();

    const p = plProblem(
      problem(422, [
        { field: 'standards', message: 'name at least one CPSEL standard' },
        { field: 'reflection.summary', message: 'is required' },
        { field: 'documents', message: 'attach the PL agenda' },
      ]),
    );
    expect(p.fields).toEqual({ standards: 'name at least one CPSEL standard', summary: 'is required' });
    expect(p.general).toEqual(['Documents: attach the PL agenda']);
    expect(withoutFields(p, ['summary']).fields).toEqual({ standards: 'name at least one CPSEL standard' });
  });

  it('says a 412 is someone else’s change', () => {
    expect(plProblem(new ApiError(412, { status: 412, title: 'Precondition Failed' }))).toMatchObject({ conflict: true, fields: {} });
  });
});

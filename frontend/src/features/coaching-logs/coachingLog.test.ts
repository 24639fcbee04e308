import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import { DEFAULTS } from '../../test/settings';
import { toggle } from '../../lib/lists';
import { EMPTY_LOG_DRAFT, draftKeyOf, logChanges, logProblem } from './coachingLog';
import { groupActivityCodes } from './logFields';

describe('coaching log form', () => {
  it('groups activity codes as the handbook does', () => {
    const groups = groupActivityCodes([...DEFAULTS.activity_codes, { code: 'X1', label: 'District walk-through' }]);
    expect(groups.map((g) => [g.label, g.codes.map((c) => c.code).join('')])).toEqual([
      ['Program requirements', '1234'],
      ['Job-embedded support', 'ABCDEF'],
      ['Other activities', 'X1'],
    ]);
  });

  it('keeps checked values in the form’s order', () => {
    expect(toggle([4, 1], 2, true, [1, 2, 3, 4, 5, 6])).toEqual([1, 2, 4]);
    expect(toggle(['A', 'C'], 'A', false, ['A', 'B', 'C'])).toEqual(['C']);
  });

  it('sends changed fields in the API’s shape', () => {
    const draft = { ...EMPTY_LOG_DRAFT, start_time: '14:30', duration: ['1', '30'] as [string, string], follow_up_done: true, mode: 'video' as const };
    expect(logChanges(draft, EMPTY_LOG_DRAFT)).toEqual({
      fields: { start_time: '14:30', duration_minutes: 90, mode: 'video', follow_up_done: true },
      sent: ['start_time', 'duration', 'mode', 'follow_up_done'],
      errors: {},
    });
  });

  it('puts the server’s field errors beside the inputs that hold them', () => {
    const err = new ApiError(422, {
      status: 422,
      title: 'Validation failed',
      errors: [
        { field: 'standards[1]', message: '7 is not a CPSEL standard (1–6)' },
        { field: 'start_time', message: 'overlaps another session of this candidate (14:00–15:00)' },
        { field: 'enrollment_id', message: 'is closed' },
      ],
    });
    const p = logProblem(err);
    expect(p.fields).toEqual({
      standards: '7 is not a CPSEL standard (1–6)',
      start_time: 'overlaps another session of this candidate (14:00–15:00)',
    });
    expect(p.general).toEqual(['enrollment_id: is closed']);
    expect(draftKeyOf('duration_minutes')).toBe('duration');
    expect(draftKeyOf('standards.1')).toBe('standards');
  });
});

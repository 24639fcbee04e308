import { describe, expect, it } from 'vitest';
import { ApiError, CONFLICT_MESSAGE, NETWORK_MESSAGE, errorMessage, fieldErrors, formProblem, normaliseField } from './problem';

function problemResponse(status: number): Response {
  return new Response(null, { status, statusText: 'Unprocessable Entity' });
}

const validation = new ApiError(422, {
  type: 'https://coachfolio.example/problems/validation',
  title: 'Validation failed',
  status: 422,
  detail: 'The request has 3 invalid fields.',
  errors: [
    { field: 'label', message: 'must not be empty' },
    { field: 'settings.monthly_coaching_minutes', message: 'must be at most 1440' },
    { field: 'label', message: 'must be at most 100 characters' },
    { field: 'version', message: 'is unknown' },
  ],
});

describe('fieldErrors', () => {
  it('keys messages by field name and joins repeated fields', () => {
    expect(fieldErrors(validation.problem)).toEqual({
      label: 'must not be empty must be at most 100 characters',
      'settings.monthly_coaching_minutes': 'must be at most 1440',
      version: 'is unknown',
    });
  });

  it('tolerates missing or malformed lists', () => {
    expect(fieldErrors(undefined)).toEqual({});
    expect(fieldErrors({ status: 400, errors: null })).toEqual({});
  });

  it('normalises JSON-pointer and bracket field names to dotted names', () => {
    expect(normaliseField('/settings/monthly_coaching_minutes')).toBe('settings.monthly_coaching_minutes');
    expect(normaliseField('settings[program_years]')).toBe('settings.program_years');
    expect(normaliseField('label')).toBe('label');
  });
});

describe('formProblem', () => {
  it('puts known fields beside their inputs and unknown fields at the top', () => {
    const p = formProblem(validation, ['label', 'start_date', 'settings.monthly_coaching_minutes']);
    expect(p.fields).toEqual({
      label: 'must not be empty must be at most 100 characters',
      'settings.monthly_coaching_minutes': 'must be at most 1440',
    });
    // The detail restates the field errors, so it is not repeated on top.
    expect(p.general).toEqual(['Version: is unknown']);
    expect(p.conflict).toBe(false);
  });

  it('shows the detail of a problem without field errors at the top', () => {
    const err = new ApiError(422, {
      type: 'about:blank',
      title: 'Unprocessable Entity',
      status: 422,
      detail: 'The coach is the candidate’s supervisor.',
    });
    expect(formProblem(err, ['coach_id'])).toEqual({
      fields: {},
      general: ['The coach is the candidate’s supervisor.'],
      conflict: false,
    });
  });

  it('falls back to the title when there is no detail', () => {
    const err = new ApiError(403, { title: 'Forbidden', status: 403 });
    expect(formProblem(err).general).toEqual(['Forbidden']);
  });

  it('turns 412 into the reload message', () => {
    const err = new ApiError(412, { title: 'Precondition Failed', status: 412, detail: 'stale' });
    expect(formProblem(err)).toEqual({ fields: {}, general: [CONFLICT_MESSAGE], conflict: true });
  });

  it('explains network failures', () => {
    expect(formProblem(new TypeError('Failed to fetch')).general).toEqual([NETWORK_MESSAGE]);
  });
});

describe('ApiError.from', () => {
  it('uses a JSON problem body', () => {
    const err = ApiError.from(problemResponse(422), { title: 'Validation failed', detail: 'bad', errors: [] });
    expect(err.status).toBe(422);
    expect(err.problem.detail).toBe('bad');
    expect(err.message).toBe('bad');
  });

  it('copes with an empty or plain-text body', () => {
    const empty = ApiError.from(problemResponse(502), undefined);
    expect(empty.status).toBe(502);
    expect(errorMessage(empty)).toBe('Unprocessable Entity');
    const text = ApiError.from(new Response(null, { status: 500 }), 'upstream timed out');
    expect(text.problem.detail).toBe('upstream timed out');
  });
});

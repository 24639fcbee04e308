import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import { EXPERIENCE_FIELDS, experienceTitle } from './experienceFields';
import { experienceChanges, experienceErrorKey, experienceProblem, experienceToDraft, setAnswer } from './experienceForm';
import { experience } from './testData';

describe('the job shadow and school visit forms', () => {
  it('asks each kind the handbook’s questions', () => {
    expect(EXPERIENCE_FIELDS.job_shadow.map((f) => f.key)).toEqual([
      'candidate_position',
      'activity_date',
      'host',
      'position',
      'would_recommend',
      'why_chosen',
      'learned',
      'recommend_reason',
      'minutes',
    ]);
    expect(EXPERIENCE_FIELDS.school_visit.map((f) => f.key)).toEqual([
      'host',
      'activity_date',
      'candidate_position',
      'minutes',
      'program_focus',
      'learned',
    ]);
    // The one-page form's rows are full: the candidate's name, then boxes of three across.
    for (const fields of Object.values(EXPERIENCE_FIELDS)) expect((1 + fields.reduce((s, f) => s + f.span, 0)) % 3).toBe(0);
  });

  it('sends the form whole, the hours as minutes, and empty hours as none', () => {
    const base = experienceToDraft(experience({ minutes: 240 }));
    expect(base.hours).toBe('4');
    const draft = setAnswer({ ...base, hours: '4.5' }, 'host', 'Dr. Lee, Central High');
    const { fields, sent, errors } = experienceChanges(draft, base);
    expect(fields).toEqual({ minutes: 270, form: { ...base.form, host: 'Dr. Lee, Central High' } });
    expect(sent).toEqual(['hours', 'form']);
    expect(errors).toEqual({});
    expect(experienceChanges({ ...base, hours: '' }, base).fields).toEqual({ minutes: null });
  });

  it('keeps what the API could not read out of the request, with a message beside it', () => {
    const base = experienceToDraft(experience());
    const { fields, errors } = experienceChanges({ ...base, hours: 'four', activity_date: '' }, base);
    expect(fields).toEqual({});
    expect(errors).toEqual({ minutes: 'Enter the hours as a number, e.g. 4 or 4.5.', activity_date: 'Enter the date.' });
  });

  it('puts the server’s messages beside the kind’s fields; the others go on top', () => {
    expect(experienceErrorKey('job_shadow', 'form.host')).toBe('host');
    expect(experienceErrorKey('job_shadow', 'would_recommend')).toBe('would_recommend');
    expect(experienceErrorKey('school_visit', 'would_recommend')).toBeNull();
    const err = new ApiError(422, {
      status: 422,
      title: 'Invalid input',
      errors: [
        { field: 'minutes', message: 'a job shadow must be at least 4 hours (240 minutes) to meet the requirement' },
        { field: 'position', message: 'is required' },
        { field: 'program_focus', message: 'is required' },
      ],
    });
    const p = experienceProblem('job_shadow', err);
    expect(p.fields).toEqual({
      minutes: 'a job shadow must be at least 4 hours (240 minutes) to meet the requirement',
      position: 'is required',
    });
    expect(p.general).toEqual(['program focus: is required']);
  });

  it('names the activity by its kind and host', () => {
    expect(experienceTitle(experience())).toBe('Job shadow');
    expect(experienceTitle(experience({ kind: 'school_visit', form: { ...experience().form, host: 'Valley High\nWASC visit' } }))).toBe(
      'School visit – Valley High',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { REQUEST_FIELDS } from './requestFields';
import { answerText, requestBody, requestFieldNames } from './requestForm';
import { extensionRequest } from './testData';

describe('a new request’s body', () => {
  it('asks for the kind first', () => {
    expect(requestBody('', {})).toEqual({ errors: { kind: 'Choose the request you are making.' } });
  });

  it('names a missing required date or choice beside its field, in the handbook’s words', () => {
    expect(requestBody('complaint', { description: 'x' })).toEqual({ errors: { incident_on: 'Enter the date of incident.' } });
    expect(requestBody('extension', { circumstances: 'x', completion_plan: 'y' })).toEqual({
      errors: { reason: 'Choose the reason for the extension.' },
    });
    const r = requestBody('doctoral_waiver', {});
    expect(Object.keys((r as { errors: Record<string, string> }).errors).sort()).toEqual(['conferred_on', 'degree']);
  });

  it('leaves blank texts and no topics to the server, which names them', () => {
    expect(requestBody('extension', { reason: 'death_in_family', circumstances: '  ', completion_plan: '' })).toEqual({
      body: { kind: 'extension', reason: 'death_in_family', circumstances: '', completion_plan: '' },
    });
    expect(requestBody('doctoral_waiver', { degree: 'edd', conferred_on: '2024-05-20' })).toEqual({
      body: { kind: 'doctoral_waiver', degree: 'edd', field: '', institution: '', conferred_on: '2024-05-20', topics: [] },
    });
  });

  it('sends an optional date left empty as null, and only the kind’s own fields', () => {
    const draft = { contacted_coordinator_on: '2026-11-02', concerns: ' We never meet. ', description: 'left from a withdrawal' };
    expect(requestBody('change_of_coach', draft)).toEqual({
      body: { kind: 'change_of_coach', contacted_coordinator_on: '2026-11-02', met_with_coach_on: null, concerns: 'We never meet.' },
    });
    expect(requestBody('withdrawal', { description: 'Moving out of state', last_day: '2027-01-31' })).toEqual({
      body: { kind: 'withdrawal', description: 'Moving out of state', last_day: '2027-01-31' },
    });
  });

  it('knows the names of the fields each form shows', () => {
    expect(requestFieldNames('')).toEqual(['kind']);
    expect(requestFieldNames('extension')).toEqual(['kind', 'reason', 'circumstances', 'completion_plan']);
  });
});

describe('a request’s answers, read-only', () => {
  it('shows choices by their labels, dates as dates, nothing as a dash', () => {
    const form = extensionRequest().form;
    const [reason] = REQUEST_FIELDS.extension;
    expect(answerText(reason!, form)).toBe('Maternity or family leave');
    const withdrawal = { kind: 'withdrawal' as const, description: 'x', last_day: null };
    const [, lastDay] = REQUEST_FIELDS.withdrawal;
    expect(answerText(lastDay!, withdrawal)).toBe('—');
    expect(answerText(lastDay!, { ...withdrawal, last_day: '2027-01-31' })).toBe('Jan 31, 2027');
    const waiver = {
      kind: 'doctoral_waiver' as const,
      degree: 'phd' as const,
      field: 'Educational Leadership',
      institution: 'Fresno State',
      conferred_on: '2024-05-20',
      topics: ['human_resources' as const, 'finance_and_budget' as const],
    };
    const topics = REQUEST_FIELDS.doctoral_waiver.find((f) => f.key === 'topics')!;
    expect(answerText(topics, waiver)).toBe('Human Resources; Finance & Budget');
  });
});

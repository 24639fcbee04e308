import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import { decisionBody, decisionParts, decisionProblem, emptyDecision, type DecisionDraft } from './decisionForm';
import { extensionRequest } from './testData';
import { newWaivedPl, waivedPlKey } from './waivedPl';

const draft = (overrides: Partial<DecisionDraft> = {}): DecisionDraft => ({ ...emptyDecision(extensionRequest()), ...overrides });

describe('what a decision asks for', () => {
  it('asks for the kind’s own answers only when approving, a complaint’s either way', () => {
    expect(decisionParts('extension', 'approve')).toEqual([]);
    expect(decisionParts('change_of_coach', 'approve')).toEqual(['new_coach_id', 'effective_on']);
    expect(decisionParts('change_of_coach', 'deny')).toEqual([]);
    expect(decisionParts('withdrawal', 'approve')).toEqual(['effective_on', 'charge_withdrawal_fee']);
    expect(decisionParts('doctoral_waiver', 'approve')).toEqual(['waived_topics', 'waived_pl']);
    expect(decisionParts('doctoral_waiver', 'deny')).toEqual([]);
    expect(decisionParts('complaint', 'deny')).toEqual(['meeting_on', 'plan_of_action']);
    expect(decisionParts('complaint', '')).toEqual([]);
  });

  it('starts a withdrawal’s last day as the one the candidate gave', () => {
    const withdrawal = extensionRequest({ kind: 'withdrawal', form: { kind: 'withdrawal', description: 'x', last_day: '2027-01-31' } });
    expect(emptyDecision(withdrawal).effective_on).toBe('2027-01-31');
    expect(emptyDecision(extensionRequest()).effective_on).toBe('');
  });
});

describe('the decision’s body', () => {
  it('needs approve or deny to be chosen', () => {
    expect(decisionBody('extension', draft())).toEqual({ errors: { approved: 'Choose whether to approve or deny the request.' } });
  });

  it('sends an extension’s approval with its reason alone', () => {
    expect(decisionBody('extension', draft({ verdict: 'approve', reason: ' Documented leave ', meeting_on: '2026-12-01' }))).toEqual({
      body: { approved: true, reason: 'Documented leave' },
    });
  });

  it('sends the new coach and the day, empty ones as null for the server to name', () => {
    expect(decisionBody('change_of_coach', draft({ verdict: 'approve', reason: 'r', new_coach_id: 'coach-2' }))).toEqual({
      body: { approved: true, reason: 'r', new_coach_id: 'coach-2', effective_on: null },
    });
    expect(decisionBody('change_of_coach', draft({ verdict: 'deny', reason: 'r', new_coach_id: 'coach-2' }))).toEqual({
      body: { approved: false, reason: 'r' },
    });
  });

  it('sends a withdrawal’s last day and fee, a complaint’s meeting and plan', () => {
    expect(decisionBody('withdrawal', draft({ verdict: 'approve', reason: 'r', effective_on: '2027-01-31', charge_withdrawal_fee: true }))).toEqual({
      body: { approved: true, reason: 'r', effective_on: '2027-01-31', charge_withdrawal_fee: true },
    });
    expect(decisionBody('complaint', draft({ verdict: 'deny', reason: 'r', meeting_on: '2026-12-01', plan_of_action: ' Weekly check-ins ' }))).toEqual({
      body: { approved: false, reason: 'r', meeting_on: '2026-12-01', plan_of_action: 'Weekly check-ins' },
    });
  });
});

describe('a doctoral waiver’s decision', () => {
  const hr = { ...newWaivedPl('human_resources', 'a1'), activity: ' PL Day 2: Human Resources ', year: '1', hours: '6' };
  const finance = { ...newWaivedPl('finance_and_budget', 'a2'), activity: 'PL Day 4: Finance and Budget', year: '2', hours: '4.5' };

  it('sends the topics and the activities they waive, their hours as minutes', () => {
    const approval = draft({ verdict: 'approve', reason: 'r', waived_topics: ['human_resources', 'finance_and_budget'], waived_pl: [hr, finance] });
    expect(decisionBody('doctoral_waiver', approval)).toEqual({
      body: {
        approved: true,
        reason: 'r',
        waived_topics: ['human_resources', 'finance_and_budget'],
        waived_pl: [
          { topic: 'human_resources', activity: 'PL Day 2: Human Resources', year: 1, minutes: 360 },
          { topic: 'finance_and_budget', activity: 'PL Day 4: Finance and Budget', year: 2, minutes: 270 },
        ],
      },
    });
  });

  it('sends an empty year or hours as 0, for the server to name beside its input', () => {
    const blank = newWaivedPl('human_resources', 'a1');
    const approval = draft({ verdict: 'approve', reason: 'r', waived_topics: ['human_resources'], waived_pl: [blank] });
    expect(decisionBody('doctoral_waiver', approval)).toEqual({
      body: {
        approved: true,
        reason: 'r',
        waived_topics: ['human_resources'],
        waived_pl: [{ topic: 'human_resources', activity: '', year: 0, minutes: 0 }],
      },
    });
  });

  it('sends nothing while hours are not a number, saying so beside them', () => {
    const approval = draft({ verdict: 'approve', reason: 'r', waived_topics: ['human_resources'], waived_pl: [hr, { ...finance, hours: '6 h' }] });
    expect(decisionBody('doctoral_waiver', approval)).toEqual({
      errors: { [waivedPlKey('a2', 'minutes')]: 'Enter the hours as a number, e.g. 6 or 2.5.' },
    });
  });

  it('sends neither topics nor activities with a denial', () => {
    const denial = draft({ verdict: 'deny', reason: 'r', waived_topics: ['human_resources'], waived_pl: [{ ...hr, hours: 'x' }] });
    expect(decisionBody('doctoral_waiver', denial)).toEqual({ body: { approved: false, reason: 'r' } });
  });

  it('shows the server’s messages about an activity beside that activity’s input, the rest beside their fields or on top', () => {
    const refused = new ApiError(422, {
      status: 422,
      title: 'Invalid input',
      errors: [
        { field: 'waived_pl[1].activity', message: 'must not be blank' },
        { field: 'waived_pl[0].year', message: 'must be a program year, 1 to 2' },
        { field: 'waived_pl', message: 'name the activity the Legal and ethical issues topic waives' },
        { field: 'waived_pl[2].minutes', message: 'must be more than zero' },
        { field: 'reason', message: 'must not be blank' },
      ],
    });
    expect(decisionProblem(refused, [hr, finance])).toEqual({
      fields: {
        [waivedPlKey('a2', 'activity')]: 'must not be blank',
        [waivedPlKey('a1', 'year')]: 'must be a program year, 1 to 2',
        waived_pl: 'name the activity the Legal and ethical issues topic waives',
        reason: 'must not be blank',
      },
      // Not an activity sent: said on top rather than lost.
      general: ['Minutes: must be more than zero'],
      conflict: false,
    });
  });
});

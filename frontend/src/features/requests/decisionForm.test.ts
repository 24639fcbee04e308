import { describe, expect, it } from 'vitest';
import { decisionBody, decisionParts, emptyDecision, type DecisionDraft } from './decisionForm';
import { extensionRequest } from './testData';

const draft = (overrides: Partial<DecisionDraft> = {}): DecisionDraft => ({ ...emptyDecision(extensionRequest()), ...overrides });

describe('what a decision asks for', () => {
  it('asks for the kind’s own answers only when approving, a complaint’s either way', () => {
    expect(decisionParts('extension', 'approve')).toEqual([]);
    expect(decisionParts('change_of_coach', 'approve')).toEqual(['new_coach_id', 'effective_on']);
    expect(decisionParts('change_of_coach', 'deny')).toEqual([]);
    expect(decisionParts('withdrawal', 'approve')).toEqual(['effective_on', 'charge_withdrawal_fee']);
    expect(decisionParts('doctoral_waiver', 'approve')).toEqual(['waived_topics']);
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

  it('sends a withdrawal’s last day and fee, a complaint’s meeting and plan, a waiver’s topics', () => {
    expect(decisionBody('withdrawal', draft({ verdict: 'approve', reason: 'r', effective_on: '2027-01-31', charge_withdrawal_fee: true }))).toEqual({
      body: { approved: true, reason: 'r', effective_on: '2027-01-31', charge_withdrawal_fee: true },
    });
    expect(decisionBody('complaint', draft({ verdict: 'deny', reason: 'r', meeting_on: '2026-12-01', plan_of_action: ' Weekly check-ins ' }))).toEqual({
      body: { approved: false, reason: 'r', meeting_on: '2026-12-01', plan_of_action: 'Weekly check-ins' },
    });
    expect(decisionBody('doctoral_waiver', draft({ verdict: 'approve', reason: 'r', waived_topics: ['finance_and_budget'] }))).toEqual({
      body: { approved: true, reason: 'r', waived_topics: ['finance_and_budget'] },
    });
  });
});

import { describe, expect, it } from 'vitest';
import { elementTitle, fieldPlace } from './atpFields';
import { pickKey, planKey } from './atpForm';
import { STANDARDS } from './testData';

const elements = STANDARDS.flatMap((s) => s.elements);

describe('the Application to Practice’s words', () => {
  it('names an element by its code and short statement', () => {
    expect(elementTitle('2B', elements)).toBe('2B Curriculum and Instruction');
    expect(elementTitle('9Z', elements)).toBe('9Z');
  });

  it('names where each message is, for the list at the Submit button', () => {
    expect(fieldPlace('most_growth', elements)).toEqual({ anchor: 'atp-most_growth', label: 'Part 1, the elements of most growth' });
    expect(fieldPlace(pickKey('focus', '2B', 'reason'), elements)).toEqual({
      anchor: 'focus-2B',
      label: 'Part 2, 2B Curriculum and Instruction: the reason',
    });
    expect(fieldPlace(planKey('4C', 'desired_score'), elements)).toEqual({
      anchor: 'plan-4C',
      label: 'The action plan for 4C Community Resources and Services: desired score',
    });
    expect(fieldPlace('impact', elements)).toEqual({ anchor: 'atp-impact', label: 'Learning and leadership impact' });
    expect(fieldPlace('counts_for_pl', elements)).toEqual({ anchor: 'atp-impact', label: 'Professional learning' });
    expect(fieldPlace('action_plans', elements)).toEqual({ anchor: 'atp-action-plans', label: 'The action plan' });
  });
});

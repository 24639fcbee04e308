import type { AtpStatus, StandardElement } from '../../api/types';

/**
 * The Application to Practice's parts and questions as the handbook's form words them, for the
 * form, the read-only sheet and the messages about them.
 */

/** The handbook's form asks for five elements of most growth and five to focus on. */
export const PICKS = 5;

/** Part 1 (the elements of most growth) or Part 2 (the elements to focus on in year 2). */
export type Part = 'most_growth' | 'focus';

export const PART_TITLES: Record<Part, string> = {
  most_growth: 'Part 1: The five elements of most growth',
  focus: 'Part 2: The five elements to focus on',
};

/** "an element of most growth", for the picker and the buttons. */
export const PART_ITEM: Record<Part, string> = {
  most_growth: 'element of most growth',
  focus: 'element of focus',
};

export const PART_LIST: Record<Part, string> = {
  most_growth: 'elements of most growth',
  focus: 'elements of focus',
};

export const ATP_STATUS_LABELS: Record<AtpStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
};

/** The plan's columns with the handbook's questions, in the form's order. */
export const PLAN_TEXTS = [
  {
    key: 'coach_support',
    short: 'Coach support',
    label: 'What specific behavior from my coach might support me in growing in this area?',
  },
  {
    key: 'plans',
    short: 'Plans',
    label: 'What might I be able to plan this coming year to help develop my leadership in this area?',
  },
  {
    key: 'ilp_revisions',
    short: 'ILP revisions',
    label: 'Potential ILP revisions or new ILPs that would support my leadership development',
  },
] as const;

export const IMPACT_LABEL = 'Learning and leadership impact';

export const IMPACT_HINT =
  'How have the CPSEL evidence, your ILPs, professional learning and job shadow or visit made you a better leader?';

export const COUNTS_LABEL = 'Count this Application to Practice as 2 hours of professional learning';

export type PlanText = (typeof PLAN_TEXTS)[number]['key'];

/** "2B Curriculum and Instruction" (the code alone for an element the standards lack). */
export function elementTitle(code: string, elements: readonly StandardElement[]): string {
  const el = elements.find((e) => e.code === code);
  return el ? `${code} ${el.title}` : code;
}

export const INTERIM_FIRST = 'The Application to Practice opens after the interim reflection is submitted: it is built on it.';

const TOP_LABELS: Record<string, string> = {
  most_growth: 'Part 1, the elements of most growth',
  focus: 'Part 2, the elements of focus',
  action_plans: 'The action plan',
  impact: 'Learning and leadership impact',
  counts_for_pl: 'Professional learning',
};

/** Where a message of the form is (an anchor on the page) and what it is about, for the list at the Submit button. */
export function fieldPlace(key: string, elements: readonly StandardElement[]): { anchor: string; label: string } {
  const [head = '', element = '', field = ''] = key.split('.');
  if (head === 'most_growth' || head === 'focus') {
    if (!element) return { anchor: `atp-${head}`, label: TOP_LABELS[head]! };
    const part = head === 'most_growth' ? 'Part 1' : 'Part 2';
    const what = `${part}, ${elementTitle(element, elements)}`;
    return { anchor: `${head}-${element}`, label: field === 'reason' ? `${what}: the reason` : what };
  }
  if (head === 'plan') {
    const what = `The action plan for ${elementTitle(element, elements)}`;
    const text = PLAN_TEXTS.find((t) => t.key === field);
    const detail = field === 'desired_score' ? 'desired score' : text?.short.toLowerCase();
    return { anchor: `plan-${element}`, label: detail ? `${what}: ${detail}` : what };
  }
  // The narrative and the checkbox share a card.
  const anchor = head === 'action_plans' ? 'atp-action-plans' : 'atp-impact';
  return { anchor, label: TOP_LABELS[head] ?? head };
}

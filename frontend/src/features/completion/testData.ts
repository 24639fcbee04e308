import type { CompletionItem, CompletionItemView, CompletionVerification, ElementGrowth } from '../../api/types';
import { person } from '../events/testData';
import { ENROLLMENT_ID, rivera } from '../documents/testData';
import { PROGRAM_ID } from '../../test/render';

export { ENROLLMENT_ID };
export const elena = person('Elena Evans', 'cand.evans');
export const rep = person('Dora District', 'district.rep');
export const casey = person('Casey Coordinator', 'coordinator');

/** What the records show of each item for a candidate who has done everything but the employer's letter. */
const SHOWN: Record<CompletionItem, Pick<CompletionItemView, 'summary' | 'missing'>> = {
  ilp_action_steps: { summary: '9 of 9 action steps attained in 3 ILPs', missing: [] },
  fees_paid: { summary: 'balance $0.00', missing: [] },
  cohort_meetings: { summary: '6 of 6 cohort meetings attended', missing: [] },
  coaching_hours: { summary: '80 h of 80 h', missing: [] },
  end_of_year_assessments: { summary: 'ending reflection submitted', missing: [] },
  growth: { summary: '3 of 3 elements at 3 or above', missing: [] },
  standards_in_ilps: { summary: '6 of 6 standards addressed', missing: [] },
  job_shadow_or_visit: { summary: 'summary submitted', missing: [] },
  professional_learning: { summary: '40 h of 40 h', missing: [] },
  employer_letter: { summary: '0 letter(s) on file', missing: ['no employment verification letter uploaded'] },
  orientation: { summary: '1 of 1 orientation attended', missing: [] },
  end_of_year_meetings: { summary: '2 of 2 years attended', missing: [] },
  application_to_practice: { summary: 'submitted', missing: [] },
  reflections: { summary: '3 of 3 submitted', missing: [] },
};

/** The form's ten items, in its order. */
export const ON_THE_FORM: CompletionItem[] = [
  'ilp_action_steps',
  'fees_paid',
  'cohort_meetings',
  'coaching_hours',
  'end_of_year_assessments',
  'growth',
  'standards_in_ilps',
  'job_shadow_or_visit',
  'professional_learning',
  'employer_letter',
];

export function item(name: CompletionItem, overrides: Partial<CompletionItemView> = {}): CompletionItemView {
  const onForm = ON_THE_FORM.includes(name);
  return {
    item: name,
    on_the_form: onForm,
    state: SHOWN[name].missing.length ? 'not_met' : 'met',
    ...SHOWN[name],
    due_on: '2027-06-10',
    district_representative: null,
    coordinator: null,
    evidence: [],
    ...overrides,
  };
}

export const GROWTH: ElementGrowth[] = [
  { element: '1A', initial: 1, interim: 2, ending: 3, change: 2, below_meets: false },
  { element: '1B', initial: 2, interim: 3, ending: 3, change: 1, below_meets: false },
  { element: '2A', initial: 2, interim: 2, ending: 4, change: 2, below_meets: false },
];

/** Elena Evans's form, as a coordinator reads it before anyone confirmed anything. */
export function completionForm(overrides: Partial<CompletionVerification> = {}): CompletionVerification {
  return {
    enrollment_id: ENROLLMENT_ID,
    program_id: PROGRAM_ID,
    candidate: elena,
    cohort_label: 'Cohort A 2025–2027',
    district_name: 'Sierra Unified',
    coach: rivera,
    status: 'enrolled',
    as_of: '2027-05-01',
    due_on: '2027-06-10',
    items: (Object.keys(SHOWN) as CompletionItem[]).map((name) => item(name)),
    growth: GROWTH,
    signatures: [],
    next_signer: 'candidate',
    signed: false,
    sent_to_credential_office_at: null,
    version: 4,
    can: { confirm: 'coordinator', sign: null },
    ...overrides,
  };
}

/** Every item of the form confirmed by both columns. */
export function confirmedByBoth(form: CompletionVerification): CompletionVerification {
  const at = '2027-05-02T17:00:00Z';
  return {
    ...form,
    items: form.items.map((i) =>
      i.on_the_form
        ? { ...i, district_representative: { by: rep, at, state: i.state }, coordinator: { by: casey, at, state: i.state } }
        : i,
    ),
  };
}

/** `form` with `name` changed by `overrides`. */
export function withItem(form: CompletionVerification, name: CompletionItem, overrides: Partial<CompletionItemView>): CompletionVerification {
  return { ...form, items: form.items.map((i) => (i.item === name ? { ...i, ...overrides } : i)) };
}

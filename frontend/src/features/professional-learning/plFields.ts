/**
 * The handbook's PL reflection form ("FCSS Clear Administrative Services Credential Professional
 * Learning Reflection Form"): its questions, as the form, the read-only sheet and the approval
 * queue label them. Keys are the API's field names (and those of its errors).
 */
export const PL_FIELDS = {
  title: { label: 'Title of professional learning', hint: 'E.g. Equity in education.' },
  activity_date: { label: 'Date of professional learning', hint: 'Recorded once attended: not a date ahead of today.' },
  minutes: { label: 'Hours', hint: 'The hours of attendance, e.g. 6 or 2.5.' },
  ilp_id: { label: 'Which ILP does this relate to?', hint: undefined },
  standards: { label: 'Which CPSEL(s) does this PL help you grow in?', hint: undefined },
  placement_before: { label: 'Where are you on the continuum prior to the PL?', hint: undefined },
  placement_after: { label: 'Where are you on the continuum after the PL?', hint: 'Optional.' },
  summary: {
    label:
      'Please give a summary of the professional learning and include how it correlates with your goals of your ILP or how it has helped you grow in your CPSEL(s).',
    hint: undefined,
  },
} as const;

export type PlFieldKey = keyof typeof PL_FIELDS;

export const PL_FIELD_KEYS = Object.keys(PL_FIELDS) as PlFieldKey[];

/** Where each field stands in the form, for links from a refused submission. */
export function plFieldAnchor(key: PlFieldKey): string {
  return `pl-${key.replace(/_/g, '-')}`;
}

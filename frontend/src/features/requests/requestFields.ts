import type { RequestKind } from '../../api/types';
import { DEGREE_LABELS, EXTENSION_REASON_LABELS, TOPIC_LABELS } from './requestLabels';

/**
 * One question of a request's handbook form: its name in the API (so that the server's errors
 * land beside it), its label in the handbook's words, and how it is answered.
 */
export interface RequestField {
  key: string;
  label: string;
  /** A date; a line of text; a paragraph; one of `choices`; several of `choices`. */
  type: 'date' | 'line' | 'text' | 'choice' | 'choices';
  required: boolean;
  hint?: string;
  choices?: Record<string, string>;
}

/**
 * The fields of each request form, in the handbook's order: the new-request form, the read-only
 * form on the request's page and the form's checks all read them from here.
 */
export const REQUEST_FIELDS: Record<RequestKind, readonly RequestField[]> = {
  change_of_coach: [
    { key: 'contacted_coordinator_on', label: 'Date of contact with the program coordinator', type: 'date', required: true },
    {
      key: 'met_with_coach_on',
      label: 'Date of meeting with coach',
      type: 'date',
      required: false,
      hint: 'If the coordinator arranged a meeting with you and your coach.',
    },
    {
      key: 'concerns',
      label: 'Concerns regarding the coaching process',
      type: 'text',
      required: true,
      hint: 'Following the process outlined above, I am requesting coach re-assignment because…',
    },
  ],
  extension: [
    { key: 'reason', label: 'Reason for the extension', type: 'choice', required: true, choices: EXTENSION_REASON_LABELS },
    { key: 'circumstances', label: 'Circumstances', type: 'text', required: true, hint: 'What happened, and how it kept you from completing the program in 24 months.' },
    {
      key: 'completion_plan',
      label: 'Individual completion plan',
      type: 'text',
      required: true,
      hint: 'Each missing requirement, and how and when you will complete it in the extra year.',
    },
  ],
  withdrawal: [
    { key: 'description', label: 'Nature of the withdrawal request', type: 'text', required: true, hint: 'Please describe it in detail.' },
    { key: 'last_day', label: 'Last day in the program', type: 'date', required: false, hint: 'If you know it.' },
  ],
  complaint: [
    { key: 'incident_on', label: 'Date of incident', type: 'date', required: true },
    {
      key: 'description',
      label: 'The issue of your complaint',
      type: 'text',
      required: true,
      hint: 'Please describe it in detail. You may attach additional pages below once it is submitted.',
    },
  ],
  doctoral_waiver: [
    { key: 'degree', label: 'Degree', type: 'choice', required: true, choices: DEGREE_LABELS },
    { key: 'field', label: 'Field', type: 'line', required: true, hint: 'Educational Leadership or Administration; no other specialization qualifies.' },
    { key: 'institution', label: 'Degree granting institution', type: 'line', required: true, hint: 'A regionally accredited program.' },
    { key: 'conferred_on', label: 'Date the degree was granted', type: 'date', required: true },
    {
      key: 'topics',
      label: 'Topics to be waived',
      type: 'choices',
      required: true,
      choices: TOPIC_LABELS,
      hint: 'The topics your doctoral coursework covered; any topic not covered stays a requirement.',
    },
  ],
};

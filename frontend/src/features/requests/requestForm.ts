import type { RequestForm, RequestKind } from '../../api/types';
import { formatDate } from '../../lib/labels';
import { REQUEST_FIELDS, type RequestField } from './requestFields';

/** What a new request's form holds as typed: each field's text, or the values checked. */
export type RequestDraft = Record<string, string | string[]>;

export function textOf(draft: RequestDraft, key: string): string {
  const v = draft[key];
  return typeof v === 'string' ? v : '';
}

export function valuesOf(draft: RequestDraft, key: string): string[] {
  const v = draft[key];
  return Array.isArray(v) ? v : [];
}

/** The names of the inputs the form shows for `kind`, so the server's errors land beside them. */
export function requestFieldNames(kind: RequestKind | ''): string[] {
  return ['kind', ...(kind ? REQUEST_FIELDS[kind].map((f) => f.key) : [])];
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * What JSON cannot carry is checked here: a required date or choice left empty (the server
 * would read "" as a malformed body, not as a missing answer). Texts left blank go to the
 * server, whose messages name them.
 */
function localError(f: RequestField, draft: RequestDraft): string | null {
  if (!f.required) return null;
  if (f.type === 'date' && !textOf(draft, f.key)) return `Enter the ${lowerFirst(f.label)}.`;
  if (f.type === 'choice' && !textOf(draft, f.key)) return `Choose the ${lowerFirst(f.label)}.`;
  return null;
}

function answer(f: RequestField, draft: RequestDraft): string | string[] | null {
  switch (f.type) {
    case 'choices':
      return valuesOf(draft, f.key);
    case 'date':
      return textOf(draft, f.key) || null;
    case 'choice':
      return textOf(draft, f.key);
    default:
      return textOf(draft, f.key).trim();
  }
}

/**
 * The draft as the request's body for `kind`, or the messages to show beside its fields (keyed
 * like the server's) when a required date or choice is missing.
 */
export function requestBody(kind: RequestKind | '', draft: RequestDraft): { body: RequestForm } | { errors: Record<string, string> } {
  if (!kind) return { errors: { kind: 'Choose the request you are making.' } };
  const errors: Record<string, string> = {};
  const body: Record<string, unknown> = { kind };
  for (const f of REQUEST_FIELDS[kind]) {
    const error = localError(f, draft);
    if (error) errors[f.key] = error;
    body[f.key] = answer(f, draft);
  }
  if (Object.keys(errors).length) return { errors };
  // Built from the kind's own fields, with the values the contract takes for each.
  return { body: body as RequestForm };
}

/** A field's answer on a request's form, as the read-only form shows it. */
export function answerText(f: RequestField, form: RequestForm): string {
  const value = (form as Record<string, unknown>)[f.key];
  if (value === null || value === undefined || value === '') return '—';
  if (f.type === 'date') return formatDate(String(value));
  if (f.type === 'choice') return f.choices?.[String(value)] ?? String(value);
  if (f.type === 'choices' && Array.isArray(value)) {
    return value.map((v: string) => f.choices?.[v] ?? v).join('; ') || '—';
  }
  return String(value);
}

import type { DocumentKind, PlSource, PlStatus } from '../../api/types';
import { RATING_SCALE } from '../reflections/ratingScale';

export const PL_STATUS_LABELS: Record<PlStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  approved: 'Approved',
  denied: 'Denied',
};

/** Where an amount of the PL hours comes from, as the handbook names it. */
export const PL_SOURCE_LABELS: Record<PlSource, string> = {
  program_event: 'Program PL day',
  alternative: 'Alternative PL',
  application_to_practice: 'Application to Practice',
};

/**
 * The three PDFs that validate an alternative PL, in the handbook's order and words ("must be
 * uploaded as PDF file").
 */
export const PL_DOCUMENTS: readonly { kind: DocumentKind; label: string; hint: string }[] = [
  { kind: 'pl_reflection', label: 'PL reflection form', hint: 'The completed CASC PL Summary – PL Reflection Form.' },
  { kind: 'pl_agenda', label: 'Agenda', hint: 'The agenda of the professional learning.' },
  { kind: 'pl_sign_in_sheet', label: 'Sign-in sheet', hint: 'A copy of the sign-in sheet (a picture from a smartphone is fine).' },
];

/** "PL reflection form", or the kind itself for one the PL does not ask for. */
export function plDocumentLabel(kind: DocumentKind): string {
  return PL_DOCUMENTS.find((d) => d.kind === kind)?.label ?? kind;
}

/** The placement on the continuum, 0–4, in the rating scale's words ("2 Approaches"). */
export const PLACEMENTS: readonly { value: number; label: string }[] = RATING_SCALE.filter(
  (p): p is typeof p & { rating: number } => typeof p.rating === 'number',
).map((p) => ({ value: p.rating, label: `${p.short} ${p.words}` }));

/** "2 Approaches", or "—" when not given. */
export function placementText(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—';
  return PLACEMENTS.find((p) => p.value === value)?.label ?? String(value);
}

/** "All three PDFs", or which are missing. */
export function pdfsText(pl: { missing_documents: readonly DocumentKind[] }): string {
  if (pl.missing_documents.length === 0) return 'All three PDFs';
  return `Missing: ${pl.missing_documents.map(plDocumentLabel).join(', ')}`;
}

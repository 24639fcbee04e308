import { DOCUMENT_KINDS } from './documentLabels';
import type { DocumentKind, PortfolioDocument } from '../../api/types';

export interface KindGroup {
  kind: DocumentKind;
  documents: PortfolioDocument[];
}

/** Newest activity first; the same day, the newest upload first. */
export function byActivityDate(a: PortfolioDocument, b: PortfolioDocument): number {
  return b.activity_date.localeCompare(a.activity_date) || b.created_at.localeCompare(a.created_at);
}

/**
 * The documents by type, in the e-portfolio's order of types, each type sorted by activity date;
 * types without documents are left out. `kind` keeps one type only.
 */
export function groupByKind(documents: readonly PortfolioDocument[], kind: DocumentKind | '' = ''): KindGroup[] {
  return DOCUMENT_KINDS.filter((k) => !kind || k === kind)
    .map((k) => ({ kind: k, documents: documents.filter((d) => d.kind === k).sort(byActivityDate) }))
    .filter((g) => g.documents.length > 0);
}

/** The `count` documents of the latest activities, for a summary. */
export function latest(documents: readonly PortfolioDocument[], count: number): PortfolioDocument[] {
  return [...documents].sort(byActivityDate).slice(0, count);
}

/** The types the candidate has documents of (for the type filter), in the e-portfolio's order. */
export function kindsPresent(documents: readonly PortfolioDocument[]): DocumentKind[] {
  const present = new Set(documents.map((d) => d.kind));
  return DOCUMENT_KINDS.filter((k) => present.has(k));
}

import type { Rating, StandardElement, Term } from '../../api/types';

type LevelKey = keyof StandardElement['levels'];

export interface ScalePoint {
  rating: Rating;
  /** What the rating button says: "N/A", "0" … "4". */
  short: string;
  /** The handbook's words for it. */
  words: string;
  /** The Descriptions of Practice column it places the candidate in (1–4 only). */
  level?: LevelKey;
}

/**
 * The handbook's rating scale ("0 = No Experience 1 = Directed toward 2 = Approaches 3 = Meets
 * 4 = Exemplifies", and N/A). The API names the values but serves no labels for them.
 */
export const RATING_SCALE: ScalePoint[] = [
  { rating: 'n/a', short: 'N/A', words: 'Not applicable' },
  { rating: 0, short: '0', words: 'No experience' },
  { rating: 1, short: '1', words: 'Directed toward', level: 'directed_toward' },
  { rating: 2, short: '2', words: 'Approaches', level: 'approaches' },
  { rating: 3, short: '3', words: 'Meets', level: 'meets' },
  { rating: 4, short: '4', words: 'Exemplifies', level: 'exemplifies' },
];

/** The four Descriptions of Practice, in the continuum's order. */
export const DOP_LEVELS = RATING_SCALE.filter((p): p is ScalePoint & { level: LevelKey } => p.level !== undefined);

export function scalePoint(rating: Rating | null | undefined): ScalePoint | undefined {
  return rating === null || rating === undefined ? undefined : RATING_SCALE.find((p) => p.rating === rating);
}

/** "3 Meets", "N/A", or "—" when not rated. */
export function ratingText(rating: Rating | null | undefined): string {
  const p = scalePoint(rating);
  if (!p) return '—';
  return p.rating === 'n/a' ? p.short : `${p.short} ${p.words}`;
}

export const TERMS: Term[] = ['initial', 'interim', 'ending'];

export const TERM_LABELS: Record<Term, string> = {
  initial: 'Initial',
  interim: 'Interim',
  ending: 'Ending',
};

/** A term's status as the terms list gives it (`not_started` before the candidate starts it). */
export const TERM_STATUS_LABELS: Record<string, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  submitted: 'Submitted',
};

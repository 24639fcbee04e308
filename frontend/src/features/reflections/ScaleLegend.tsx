import { RATING_SCALE } from './ratingScale';

/** The rating scale as the handbook's form states it above the elements. */
export function ScaleLegend() {
  return (
    <p className="scale-legend">
      Rate yourself on each element:{' '}
      {RATING_SCALE.map((p, i) => (
        <span key={p.short}>
          {i > 0 && ' · '}
          <strong>{p.short}</strong> = {p.words}
        </span>
      ))}
    </p>
  );
}

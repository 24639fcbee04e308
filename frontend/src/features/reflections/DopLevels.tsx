import type { Rating, StandardElement } from '../../api/types';
import { DOP_LEVELS } from './ratingScale';

/**
 * An element's four Descriptions of Practice side by side, so the candidate reads them and
 * places themself (the Reflection Protocol); the placement chosen is marked, in words too.
 */
export function DopLevels({ element, rating }: { element: StandardElement; rating: Rating | null }) {
  return (
    <div className="levels dop-levels" role="group" aria-label={`Descriptions of Practice for ${element.code}`}>
      {DOP_LEVELS.map((p) => {
        const chosen = p.rating === rating;
        const texts = element.levels[p.level] ?? [];
        return (
          <div key={p.level} className={`level${chosen ? ' chosen' : ''}`}>
            <h4>
              {p.short} {p.words}
              {chosen && (
                <>
                  {' '}
                  <span className="chosen-mark">(your placement)</span>
                </>
              )}
            </h4>
            {texts.length ? (
              <ul>
                {texts.map((t, i) => (
                  <li key={i}>{t}</li>
                ))}
              </ul>
            ) : (
              <p className="muted">—</p>
            )}
          </div>
        );
      })}
    </div>
  );
}

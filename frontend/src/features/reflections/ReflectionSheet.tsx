import type { Rating, Reflection, ReflectionEntry, Standard, StandardElement } from '../../api/types';
import { RATING_SCALE, ratingText } from './ratingScale';
import { entryOf } from './reflectionForm';

/** The scale's boxes with the one chosen ticked, as on the paper form; the words say it too. */
function RatingBoxes({ rating }: { rating: Rating | null }) {
  return (
    <p className="rating-line">
      <span className="sheet-label">Rating:</span>{' '}
      <span className="rating-boxes" aria-hidden="true">
        {RATING_SCALE.map((p) => (
          <span key={p.short} className={p.rating === rating ? 'checked' : 'unchecked'}>
            {p.rating === rating ? '☒' : '☐'} {p.short}
          </span>
        ))}
      </span>{' '}
      <strong>{ratingText(rating)}</strong>
    </p>
  );
}

function Text({ label, text }: { label: string; text: string }) {
  return (
    <>
      <h4>{label}</h4>
      {text.trim() ? <p className="prose">{text}</p> : <p className="muted">—</p>}
    </>
  );
}

function SheetElement({ element, entry }: { element: StandardElement; entry: ReflectionEntry }) {
  return (
    <section className="sheet-element" aria-labelledby={`sheet-${element.code}`}>
      <h3 id={`sheet-${element.code}`}>
        {element.code} {element.title}
      </h3>
      <p className="statement">{element.statement}</p>
      <RatingBoxes rating={entry.rating} />
      <Text label="Evidence" text={entry.evidence} />
      <Text label="Actionable next steps" text={entry.next_steps} />
    </section>
  );
}

/** A reflection read-only, laid out like the handbook's form: standard by standard, element by element. */
export function ReflectionSheet({ reflection, standards }: { reflection: Reflection; standards: Standard[] }) {
  return (
    <div className="reflection-sheet">
      {standards.map((s) => (
        <section key={s.number} aria-labelledby={`sheet-standard-${s.number}`}>
          <h2 id={`sheet-standard-${s.number}`}>
            Standard {s.number}: {s.title}
          </h2>
          {s.elements.map((el) => (
            <SheetElement key={el.code} element={el} entry={entryOf(reflection.entries, el.code)} />
          ))}
        </section>
      ))}
    </div>
  );
}

import { memo } from 'react';
import type { ReflectionEntry, StandardElement } from '../../api/types';
import { TextField } from '../../components/forms';
import { DopLevels } from './DopLevels';
import { RatingGroup } from './RatingGroup';
import type { ElementErrors } from './reflectionForm';

interface Props {
  element: StandardElement;
  entry: ReflectionEntry;
  errors: ElementErrors | undefined;
  /** A change to some of the element's fields. */
  onChange: (code: string, patch: Partial<ReflectionEntry>) => void;
}

/**
 * One element of the reflection: its statement and Descriptions of Practice, the candidate's
 * rating, evidence and actionable next steps, with what the server said about each beside it.
 * Memoised: typing in one element does not redraw the other eighteen.
 */
export const ElementFields = memo(function ElementFields({ element, entry, errors, onChange }: Props) {
  const { code } = element;
  const set = (patch: Partial<ReflectionEntry>) => onChange(code, patch);
  return (
    <section id={`element-${code}`} tabIndex={-1} className="card reflection-element" aria-labelledby={`element-${code}-title`}>
      <h3 id={`element-${code}-title`}>
        {code} {element.title}
      </h3>
      <p className="statement">{element.statement}</p>
      {errors?.element && <p className="field-error">{errors.element}</p>}
      <DopLevels element={element} rating={entry.rating} />
      <RatingGroup code={code} value={entry.rating} onChange={(rating) => set({ rating })} error={errors?.rating} />
      <div className="element-texts">
        <TextField
          name={`evidence-${code}`}
          label="Evidence"
          multiline
          hint="What supports your rating: work experience, professional development, education…"
          value={entry.evidence}
          onChange={(evidence) => set({ evidence })}
          error={errors?.evidence}
        />
        <TextField
          name={`next_steps-${code}`}
          label="Actionable next steps"
          multiline
          hint="What you will do to grow into the next level."
          value={entry.next_steps}
          onChange={(next_steps) => set({ next_steps })}
          error={errors?.next_steps}
        />
      </div>
    </section>
  );
});

import type { Rating } from '../../api/types';
import { ChoiceGroup } from '../../components/forms';
import { RATING_SCALE } from './ratingScale';

interface Props {
  /** The element rated, e.g. "2B": names the radio group. */
  code: string;
  value: Rating | null;
  onChange: (rating: Rating) => void;
  error?: string;
}

const OPTIONS = RATING_SCALE.map((p) => ({
  value: String(p.rating),
  label: (
    <>
      <span className="rating-short">{p.short}</span> <span className="rating-words">{p.words}</span>
    </>
  ),
}));

/**
 * The rating buttons N/A, 0–4, each with the scale's words: radio buttons, so arrow keys move
 * between them and the group is one stop for the Tab key.
 */
export function RatingGroup({ code, value, onChange, error }: Props) {
  return (
    <div className="rating-group">
      <ChoiceGroup
        name={`rating-${code}`}
        legend="Rating"
        type="radio"
        groups={[{ options: OPTIONS }]}
        values={value === null ? [] : [String(value)]}
        onToggle={(v, on) => {
          const point = RATING_SCALE.find((p) => String(p.rating) === v);
          if (on && point) onChange(point.rating);
        }}
        error={error}
      />
    </div>
  );
}

import type { ElementGrowth, Term } from '../../api/types';
import { formatChange } from './growth';
import { TERM_LABELS, ratingText } from './ratingScale';

/** Each element across `terms`, with its change and a mark below "meets"; `titleOf` names an element. */
export function ElementGrowthTable({
  elements,
  terms,
  titleOf,
}: {
  elements: ElementGrowth[];
  terms: readonly Term[];
  titleOf: (code: string) => string;
}) {
  return (
    <div className="table-wrap">
      <table className="growth-table">
        <thead>
          <tr>
            <th scope="col">Element</th>
            {terms.map((t) => (
              <th key={t} scope="col">
                {TERM_LABELS[t]}
              </th>
            ))}
            <th scope="col" className="num">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {elements.map((el) => (
            <tr key={el.element} className={el.below_meets ? 'below' : undefined}>
              <th scope="row">
                {el.element} {titleOf(el.element)}
                {el.below_meets && <span className="below-mark"> ▼ below meets</span>}
              </th>
              {terms.map((t) => (
                <td key={t}>{ratingText(el[t])}</td>
              ))}
              <td className="num">{formatChange(el.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

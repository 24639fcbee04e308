import { Link } from 'react-router';
import type { CompletionItem, ItemState, ReviewFlag, ReviewRow } from '../../api/types';
import { QueryView } from '../../components/ui';
import { formatDate } from '../../lib/labels';
import { ITEM_LABELS, STATE_LABELS } from '../completion/completionLabels';
import { usePortfolioReview } from '../portfolio-review/queries';
import { FLAG_LABELS, REVIEW_FLAGS } from '../portfolio-review/reviewLabels';
import './home.css';

/** How many candidates a follow-up names on the home; the rest are in the portfolio review. */
export const NAMES_SHOWN = 5;

const STATES: ItemState[] = ['met', 'not_met', 'not_yet_due'];

/**
 * For those who review the portfolios: the program's candidates grouped by what to follow up
 * with them, and how many have met each of the completion form's items; from the portfolio review.
 */
export function ProgramFollowUps({ programId }: { programId: string }) {
  const review = usePortfolioReview(programId, {});
  return (
    <section className="follow-ups" aria-labelledby="follow-ups">
      <h2 id="follow-ups">Candidates to follow up</h2>
      <QueryView query={review} what="Loading the candidates to follow up">
        {(data) => {
          if (!data.rows.length) return <p>No enrolled or extended candidates.</p>;
          const groups = REVIEW_FLAGS.map((flag) => ({ flag, rows: data.rows.filter((r) => r.flags.some((f) => f.flag === flag)) })).filter(
            (g) => g.rows.length > 0,
          );
          return (
            <>
              <p className="muted">
                As of {formatDate(data.as_of)}, from the <Link to="/portfolio-review">portfolio review</Link>.
              </p>
              {groups.length === 0 ? (
                <p>Nothing to follow up: every candidate is on track.</p>
              ) : (
                <ul className="follow-up-flags">
                  {groups.map((g) => (
                    <FlagGroup key={g.flag} flag={g.flag} rows={g.rows} />
                  ))}
                </ul>
              )}
              <h3 id="by-item">Candidates by completion item</h3>
              <ItemCounts rows={data.rows} />
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

/** A follow-up: how many candidates, the first names as links to their completion form, then the rest in the review. */
function FlagGroup({ flag, rows }: { flag: ReviewFlag; rows: ReviewRow[] }) {
  const label = FLAG_LABELS[flag];
  const more = rows.length - NAMES_SHOWN;
  return (
    <li className="follow-up-flag">
      <strong>{label}</strong>: {rows.length} {rows.length === 1 ? 'candidate' : 'candidates'}
      <ul className="follow-up-names" aria-label={label}>
        {rows.slice(0, NAMES_SHOWN).map((r) => (
          <li key={r.enrollment_id}>
            <Link to={`/enrollments/${r.enrollment_id}/completion`}>{r.candidate.display_name}</Link>
          </li>
        ))}
        {more > 0 && (
          <li>
            <Link to={`/portfolio-review?flag=${flag}`}>
              and {more} more <span className="visually-hidden">with {label.toLowerCase()}</span>
            </Link>
          </li>
        )}
      </ul>
    </li>
  );
}

/** The form's items, each with how many candidates have met it, not met it, or are not yet due. */
function ItemCounts({ rows }: { rows: ReviewRow[] }) {
  const items: CompletionItem[] = [];
  const counts = new Map<CompletionItem, Record<ItemState, number>>();
  for (const line of rows.flatMap((r) => r.items)) {
    let c = counts.get(line.item);
    if (!c) {
      items.push(line.item);
      c = { met: 0, not_met: 0, not_yet_due: 0 };
      counts.set(line.item, c);
    }
    c[line.state] += 1;
  }
  return (
    <div className="table-wrap">
      <table className="item-counts" aria-labelledby="by-item">
        <thead>
          <tr>
            <th scope="col">Completion item</th>
            {STATES.map((s) => (
              <th key={s} scope="col" className="num">
                {STATE_LABELS[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item}>
              <th scope="row">{ITEM_LABELS[item] ?? item}</th>
              {STATES.map((s) => (
                <td key={s} className="num">
                  {counts.get(item)![s]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

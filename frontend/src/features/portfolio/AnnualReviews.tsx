import { useState } from 'react';
import type { AnnualReview, Enrollment } from '../../api/types';
import { ErrorBox, Notice } from '../../components/ui';
import { formatDate } from '../../lib/labels';
import { dayOf } from './calibration';
import { useMarkReviewed } from './mutations';
import { PartView } from './PartView';
import { useAnnualReviews } from './queries';
import './portfolio.css';

/** Who marked the year reviewed and on which day, or "Not yet". */
function markText(mark: AnnualReview['candidate']): string {
  return mark ? `${mark.by.display_name}, ${dayOf(mark.at)}` : 'Not yet';
}

/**
 * "The portfolio will be reviewed by the candidate and their coach annually": each program year
 * with who marked it reviewed and when, and a button for each year the reader may mark now
 * (the review's `can_mark`).
 */
export function AnnualReviews({ enrollment: e }: { enrollment: Enrollment }) {
  const reviews = useAnnualReviews(e.id);
  const mark = useMarkReviewed(e);
  const [marked, setMarked] = useState<number | null>(null);
  const markYear = (year: number) => {
    setMarked(null);
    mark.mutate(year, { onSuccess: () => setMarked(year) });
  };
  return (
    <section className="card annual-reviews" aria-labelledby="annual-review">
      <h2 id="annual-review">Annual review</h2>
      <p className="muted">The candidate and their coach review the e-portfolio each program year; each marks it reviewed.</p>
      {marked !== null && <Notice>Year {marked} is marked reviewed.</Notice>}
      {mark.error && <ErrorBox error={mark.error} />}
      <PartView query={reviews} what="Loading the annual reviews">
        {(list) => <ReviewTable reviews={list} busy={mark.isPending} onMark={markYear} />}
      </PartView>
    </section>
  );
}

function ReviewTable({ reviews, busy, onMark }: { reviews: AnnualReview[]; busy: boolean; onMark: (year: number) => void }) {
  if (reviews.length === 0) return <p>No program year yet.</p>;
  const open = reviews.filter((r) => r.can_mark);
  return (
    <>
      <div className="table-wrap">
        <table className="annual-review-table">
          <caption className="visually-hidden">Annual review of the e-portfolio</caption>
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Candidate</th>
              <th scope="col">Coach</th>
            </tr>
          </thead>
          <tbody>
            {reviews.map((r) => (
              <tr key={r.program_year}>
                <th scope="row">
                  Year {r.program_year}{' '}
                  <span className="muted annual-review-ends">ends {formatDate(r.year_ends)}</span>
                </th>
                <td>{markText(r.candidate)}</td>
                <td>{markText(r.coach)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* Below the table rather than in a column of it: the table stays within a phone's screen. */}
      {open.length > 0 && (
        <div className="actions">
          {open.map((r) => (
            <button key={r.program_year} type="button" disabled={busy} onClick={() => onMark(r.program_year)}>
              Mark year {r.program_year} reviewed
            </button>
          ))}
        </div>
      )}
    </>
  );
}

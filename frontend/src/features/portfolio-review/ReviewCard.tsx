import { Link } from 'react-router';
import type { ReviewRow } from '../../api/types';
import { StatusBadge } from '../../components/ui';
import { STATUS_LABELS, labelOf } from '../../lib/labels';
import { ITEM_LABELS, STATE_LABELS } from '../completion/completionLabels';
import { FLAG_LABELS, flagDetail } from './reviewLabels';
import '../completion/completion.css';

/**
 * One candidate of the review: who and where, what to follow up, the follow-ups sent and not yet
 * resolved with a link to contact them about the card's, and where the form's ten items stand.
 */
export function ReviewCard({ row }: { row: ReviewRow }) {
  const headingId = `review-${row.enrollment_id}`;
  const name = row.candidate.display_name;
  // The card's follow-ups are checked on the contact form.
  const flags = row.flags.map((f) => f.flag).join(',');
  const contact = `/enrollments/${row.enrollment_id}/follow-ups${flags ? `?flags=${flags}` : ''}`;
  return (
    <article className="card review-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to={`/enrollments/${row.enrollment_id}`}>{name}</Link>
        {row.status !== 'enrolled' && <StatusBadge status={row.status} label={labelOf(STATUS_LABELS, row.status)} />}
      </h2>
      <dl className="facts">
        <dt>Cohort</dt>
        <dd>{row.cohort_label}</dd>
        <dt>District</dt>
        <dd>{row.district_name}</dd>
        <dt>Coach</dt>
        <dd>{row.coach?.display_name ?? <span className="warn">No coach</span>}</dd>
        <dt>Program year</dt>
        <dd>{row.program_year ?? '—'}</dd>
        <dt>Follow-ups</dt>
        <dd className="review-follow-ups">
          {row.flags.length === 0 ? (
            'Nothing to follow up'
          ) : (
            <ul className="review-flags">
              {row.flags.map((f) => (
                <li key={f.flag}>
                  <strong>{FLAG_LABELS[f.flag]}</strong>: {flagDetail(f)}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <p className="review-contact">
        {row.open_follow_ups > 0 && (
          <>
            <strong>
              {row.open_follow_ups} open {row.open_follow_ups === 1 ? 'follow-up' : 'follow-ups'}
            </strong>{' '}
            ·{' '}
          </>
        )}
        <Link to={contact}>Contact {name}</Link>
      </p>
      <p>
        {row.items_met} of {row.items.length} completion items met ·{' '}
        <Link to={`/enrollments/${row.enrollment_id}/completion`}>
          Completion <span className="visually-hidden">of {name}</span>
        </Link>
      </p>
      <ul className="review-items" aria-label={`Completion items of ${name}`}>
        {row.items.map((i) => (
          <li key={i.item}>
            <StatusBadge status={`item-${i.state}`} label={STATE_LABELS[i.state]} />
            <span>{ITEM_LABELS[i.item]}</span>
          </li>
        ))}
      </ul>
    </article>
  );
}

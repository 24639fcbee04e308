import { useId } from 'react';
import { Link } from 'react-router';
import type { CompletionItemView, CompletionVerification } from '../../api/types';
import { StatusBadge } from '../../components/ui';
import { formatDate } from '../../lib/labels';
import { ColumnCell } from './ColumnCell';
import { COLUMNS, ITEM_LABELS, STATE_LABELS, evidencePath } from './completionLabels';

/** One item as the records show it, with its evidence; the form's ten also with their two columns. */
export function ItemCard({ form, item }: { form: CompletionVerification; item: CompletionItemView }) {
  const headingId = useId();
  return (
    <article className="card completion-item" aria-labelledby={headingId}>
      <h3 id={headingId}>{ITEM_LABELS[item.item]}</h3>
      <dl className="facts">
        <dt>State</dt>
        <dd>
          <StatusBadge status={`item-${item.state}`} label={STATE_LABELS[item.state]} />
        </dd>
        <dt>Records show</dt>
        <dd>{item.summary}</dd>
        {item.missing.length > 0 && (
          <>
            <dt>Missing</dt>
            <dd>
              <ul className="completion-list">
                {item.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>Due</dt>
        <dd>{formatDate(item.due_on)}</dd>
        {item.evidence.length > 0 && (
          <>
            <dt>Evidence</dt>
            <dd>
              <ul className="completion-list">
                {item.evidence.map((e) => (
                  <li key={`${e.kind}-${e.id}`}>
                    <Link to={evidencePath(form.enrollment_id, e)}>{e.label}</Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      {item.on_the_form && (
        <div className="completion-columns">
          {COLUMNS.map((column) => (
            <ColumnCell key={column} form={form} item={item} column={column} />
          ))}
        </div>
      )}
    </article>
  );
}

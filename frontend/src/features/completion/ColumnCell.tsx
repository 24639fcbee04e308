import { useId } from 'react';
import type { CompletionColumn, CompletionItemView, CompletionVerification } from '../../api/types';
import { formatInstant } from '../../lib/labels';
import { COLUMN_LABELS, STATE_LABELS } from './completionLabels';
import { ConfirmItem } from './ConfirmItem';
import { TakeBack } from './TakeBack';

interface Props {
  form: CompletionVerification;
  item: CompletionItemView;
  column: CompletionColumn;
}

/**
 * One column's box of an item: who confirmed it and when (with the reason, when the records did
 * not show it met), and, in the column the form's `can.confirm` names, Confirm or Take back.
 * `can.confirm` is empty once anyone has signed: nothing is confirmed or taken back after that.
 */
export function ColumnCell({ form, item, column }: Props) {
  const headingId = useId();
  const confirmation = item[column];
  const mine = form.can.confirm === column;
  return (
    <div className="completion-column" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>{COLUMN_LABELS[column]}</h4>
      {confirmation ? (
        <>
          <p>
            <span aria-hidden="true">☑ </span>Confirmed by <strong>{confirmation.by.display_name}</strong> at{' '}
            {formatInstant(confirmation.at)}
          </p>
          {confirmation.state !== 'met' && (
            <p>
              The records showed it {STATE_LABELS[confirmation.state].toLowerCase()}. Reason: “{confirmation.reason}”
            </p>
          )}
        </>
      ) : (
        <p className="muted">
          <span aria-hidden="true">☐ </span>Not confirmed
        </p>
      )}
      {mine && (confirmation ? <TakeBack form={form} item={item.item} /> : <ConfirmItem form={form} item={item} />)}
    </div>
  );
}

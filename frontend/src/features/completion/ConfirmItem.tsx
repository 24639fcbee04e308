import { useState } from 'react';
import type { FormProblem } from '../../api/problem';
import type { CompletionItemView, CompletionVerification } from '../../api/types';
import { FormAlert, TextField, orNull, preventDefault } from '../../components/forms';
import { actionProblem } from './actionProblem';
import { ITEM_LABELS } from './completionLabels';
import { useConfirmItem } from './mutations';

interface Props {
  form: CompletionVerification;
  item: CompletionItemView;
}

/**
 * Confirm an item in the reader's column. An item the records show met is confirmed at once;
 * one they do not asks why first (the server's 422 on the reason lands beside it, and opens the
 * reason when the records changed meanwhile).
 */
export function ConfirmItem({ form, item }: Props) {
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const confirm = useConfirmItem(form);
  const label = ITEM_LABELS[item.item];

  const send = () => {
    setProblem(null);
    confirm.mutate(
      { item: item.item, reason: orNull(reason) },
      {
        onError: (err) => {
          const p = actionProblem(err, ['reason']);
          if (p.fields.reason) setAsking(true);
          setProblem(p);
        },
      },
    );
  };

  if (!asking) {
    return (
      <>
        <FormAlert problem={problem} />
        <button
          type="button"
          aria-label={`Confirm: ${label}`}
          disabled={confirm.isPending}
          onClick={() => (item.state === 'met' ? send() : setAsking(true))}
        >
          Confirm
        </button>
      </>
    );
  }
  return (
    <form className="completion-reason" aria-label={`Confirm: ${label}`} onSubmit={preventDefault(send)} noValidate>
      <FormAlert problem={problem} />
      <TextField
        name="reason"
        label="Reason"
        multiline
        required
        hint="The records do not show this item met: say why you confirm it anyway."
        value={reason}
        onChange={setReason}
        error={problem?.fields.reason}
      />
      <div className="actions">
        <button type="submit" disabled={confirm.isPending}>
          Confirm
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setAsking(false);
            setProblem(null);
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

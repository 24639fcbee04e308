import { useState } from 'react';
import { formProblem, isApiError, type FormProblem } from '../../api/problem';
import type { Payment } from '../../api/types';
import { FormAlert, TextField, preventDefault } from '../../components/forms';
import { formatDate } from '../../lib/labels';
import { useReversePayment } from './mutations';
import { formatCents } from './money';

const ALREADY = 'This payment is already reversed (or is itself a reversal): the payments are shown as they are now.';

/**
 * A coordinator reverses a payment, saying why: a new line of the opposite amount, so the payment
 * stays on the record. The reason is asked for before anything is sent.
 */
export function ReversePayment({ payment }: { payment: Payment }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const reverse = useReversePayment(payment);
  const what = `the payment of ${formatCents(payment.amount_cents)} on ${formatDate(payment.paid_on)}`;

  if (!open) {
    return (
      <button type="button" className="secondary danger" aria-label={`Reverse ${what}`} onClick={() => setOpen(true)}>
        Reverse
      </button>
    );
  }

  const submit = () => {
    setProblem(null);
    if (!reason.trim()) {
      setProblem({ fields: { reason: 'Say why the payment is reversed, e.g. “Check returned by the bank”.' }, general: [], conflict: false });
      return;
    }
    reverse.mutate(reason.trim(), {
      onError: (err) =>
        setProblem(isApiError(err) && err.status === 409 ? { fields: {}, general: [ALREADY], conflict: false } : formProblem(err, ['reason'])),
    });
  };

  return (
    <form className="reverse-payment" aria-label={`Reverse ${what}`} onSubmit={preventDefault(submit)} noValidate>
      <FormAlert problem={problem} />
      <TextField
        name="reason"
        label="Reason for the reversal"
        required
        value={reason}
        onChange={(v) => {
          setReason(v);
          setProblem((p) => p && { ...p, fields: {} });
        }}
        error={problem?.fields.reason}
        disabled={reverse.isPending}
      />
      <button type="submit" className="danger" disabled={reverse.isPending}>
        {reverse.isPending ? 'Reversing…' : 'Reverse payment'}
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          setOpen(false);
          setProblem(null);
        }}
      >
        Cancel
      </button>
    </form>
  );
}

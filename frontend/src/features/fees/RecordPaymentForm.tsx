import { useState } from 'react';
import type { EnrollmentFees } from '../../api/types';
import { FormSection, RecordForm, SelectField, TextField, useDraft, useFormProblem } from '../../components/forms';
import { Notice } from '../../components/ui';
import { formatDate, labelOptions, todayIso } from '../../lib/labels';
import { PAYER_LABELS, PAYMENT_METHOD_LABELS } from './feeLabels';
import { useRecordPayment } from './mutations';
import { formatCents } from './money';
import { PAYMENT_FIELDS, emptyPayment, paymentRequest, type PaymentDraft } from './paymentForm';

/** A coordinator records a check or purchase order received: the day, who paid, the amount in dollars, how. */
export function RecordPaymentForm({ fees }: { fees: EnrollmentFees }) {
  const [done, setDone] = useState<string | null>(null);
  const { draft, setDraft, set } = useDraft<PaymentDraft>(() => emptyPayment(fees.payer, todayIso()), () => setDone(null));
  const form = useFormProblem(PAYMENT_FIELDS);
  const record = useRecordPayment(fees.enrollment_id);

  const submit = () => {
    form.clear();
    setDone(null);
    const request = paymentRequest(draft);
    if ('errors' in request) return form.invalid(request.errors);
    record.mutate(request.body, {
      onError: form.fail,
      onSuccess: () => {
        setDone(`Payment of ${formatCents(request.body.amount_cents)} on ${formatDate(request.body.paid_on)} recorded.`);
        setDraft(emptyPayment(fees.payer, todayIso()));
      },
    });
  };

  return (
    <FormSection id="record-payment" title="Record a payment" card>
      {done && <Notice>{done}</Notice>}
      <RecordForm problem={form.problem} onSubmit={submit} submitLabel={record.isPending ? 'Recording…' : 'Record payment'} pending={record.isPending}>
        <TextField name="paid_on" label="Date paid" type="date" required value={draft.paid_on} onChange={set('paid_on')} error={form.field('paid_on')} />
        <SelectField
          name="payer"
          label="Paid by"
          required
          value={draft.payer}
          onChange={set('payer')}
          placeholder={fees.payer === 'split' ? 'Choose who paid' : undefined}
          options={labelOptions(PAYER_LABELS)}
          error={form.field('payer')}
        />
        <TextField
          name="amount_cents"
          label="Amount (dollars)"
          required
          inputMode="decimal"
          autoComplete="off"
          value={draft.amount}
          onChange={set('amount')}
          hint="Dollars and cents, e.g. 1750 or 1,750.00."
          error={form.field('amount_cents')}
        />
        <SelectField
          name="method"
          label="Method"
          required
          value={draft.method}
          onChange={set('method')}
          placeholder="Choose how it was paid"
          options={labelOptions(PAYMENT_METHOD_LABELS)}
          error={form.field('method')}
        />
        <TextField
          name="reference"
          label="Reference"
          value={draft.reference}
          onChange={set('reference')}
          hint="The check or purchase order number."
          error={form.field('reference')}
        />
      </RecordForm>
    </FormSection>
  );
}

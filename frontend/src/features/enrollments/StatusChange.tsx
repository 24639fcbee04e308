import { useState } from 'react';
import { Link } from 'react-router';
import type { Enrollment, EnrollmentStatus } from '../../api/types';
import { FormAlert, SelectField, TextField, preventDefault, useFormProblem } from '../../components/forms';
import { Notice } from '../../components/ui';
import { STATUS_LABELS, labelOf } from '../../lib/labels';
import { useChangeStatus } from './mutations';

/**
 * The coordinator moves the enrollment to a status the server offers now (`can.status_options`),
 * with a note for the record. An extension or a withdrawal of a started enrollment is an approved
 * request's effect, so it is never offered here.
 */
export function StatusChange({ enrollment: e, onReload }: { enrollment: Enrollment; onReload: () => void }) {
  const next = e.can.status_options;
  const [status, setStatus] = useState<EnrollmentStatus | ''>('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblem(['status', 'note']);
  const change = useChangeStatus(e);
  const submit = () => {
    if (!status) return form.invalid({ status: 'Choose the new status.' });
    form.clear();
    setDone(null);
    change.mutate(
      { status, note: note.trim() || undefined },
      {
        onError: form.fail,
        onSuccess: (u) => {
          setDone(`Status changed to ${labelOf(STATUS_LABELS, u.status)}.`);
          setStatus('');
          setNote('');
        },
      },
    );
  };
  return (
    <section aria-labelledby="status-change">
      <h2 id="status-change">Status</h2>
      {done && <Notice>{done}</Notice>}
      {next.length === 0 ? (
        <p>{labelOf(STATUS_LABELS, e.status)}: no status can be set by hand now.</p>
      ) : (
        <form className="card" onSubmit={preventDefault(submit)} noValidate>
          <FormAlert problem={form.problem} onReload={onReload} />
          <SelectField
            name="status"
            label="New status"
            value={status}
            onChange={(v) => setStatus(v as EnrollmentStatus)}
            placeholder="Choose"
            options={next.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
            error={form.field('status')}
            required
          />
          <TextField name="note" label="Note" value={note} onChange={setNote} multiline error={form.field('note')} />
          <button type="submit" disabled={change.isPending}>
            Change status
          </button>
        </form>
      )}
      {e.can.submit_request && (e.status === 'enrolled' || e.status === 'extended') && (
        <p className="hint">
          An extension or a withdrawal is made by a request, which you may submit for the candidate:{' '}
          <Link to={`/enrollments/${e.id}/requests`}>Requests</Link>.
        </p>
      )}
    </section>
  );
}

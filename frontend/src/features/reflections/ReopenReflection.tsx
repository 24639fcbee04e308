import { useState } from 'react';
import type { Reflection } from '../../api/types';
import { FormAlert, TextField, preventDefault, useFormProblem } from '../../components/forms';
import { useReopenReflection } from './mutations';

/** A coordinator makes a submitted reflection editable again for the candidate, saying why. */
export function ReopenReflection({ reflection, onReload }: { reflection: Reflection; onReload: () => void }) {
  const [reason, setReason] = useState('');
  const form = useFormProblem(['reason']);
  const reopen = useReopenReflection(reflection);
  const submit = () => {
    if (!reason.trim()) return form.invalid({ reason: 'Say why the reflection is reopened.' });
    form.clear();
    reopen.mutate(reason.trim(), { onError: form.fail });
  };
  // Folded: most readers of a submitted reflection are there to read it.
  return (
    <details className="card reopen">
      <summary>Reopen for {reflection.candidate.display_name}…</summary>
      <form onSubmit={preventDefault(submit)} noValidate aria-label="Reopen the reflection">
        <p className="muted">
          {reflection.candidate.display_name} can then change the reflection and submit it again; the submitted version is
          kept in its history.
        </p>
        <FormAlert problem={form.problem} onReload={onReload} />
        <TextField name="reason" label="Reason" multiline value={reason} onChange={setReason} error={form.field('reason')} required />
        <button type="submit" disabled={reopen.isPending}>
          {reopen.isPending ? 'Reopening…' : 'Reopen'}
        </button>
      </form>
    </details>
  );
}

import { useState } from 'react';
import type { CoachingLog } from '../../api/types';
import { FormAlert, TextField, preventDefault, useFormProblem } from '../../components/forms';
import { useAcknowledgeLog, useReturnLog } from './mutations';

/** The candidate's signature, with an optional comment. */
export function AcknowledgeLog({ log, onReload }: { log: CoachingLog; onReload: () => void }) {
  const [comment, setComment] = useState('');
  const form = useFormProblem(['comment']);
  const ack = useAcknowledgeLog(log);
  const submit = () => {
    form.clear();
    ack.mutate(comment.trim(), { onError: form.fail });
  };
  return (
    <section aria-labelledby="acknowledge">
      <h2 id="acknowledge">Acknowledge this log</h2>
      <form className="card" onSubmit={preventDefault(submit)} noValidate aria-labelledby="acknowledge">
        <p>By acknowledging, you confirm that this session took place as your coach describes it.</p>
        <FormAlert problem={form.problem} onReload={onReload} />
        <TextField name="comment" label="Comment (optional)" multiline value={comment} onChange={setComment} error={form.field('comment')} />
        <button type="submit" disabled={ack.isPending}>
          {ack.isPending ? 'Acknowledging…' : 'Acknowledge'}
        </button>
      </form>
    </section>
  );
}

/** A coordinator returns the log to the coach, saying what to correct. */
export function ReturnLog({ log, onReload }: { log: CoachingLog; onReload: () => void }) {
  const [reason, setReason] = useState('');
  const form = useFormProblem(['reason']);
  const ret = useReturnLog(log);
  const submit = () => {
    if (!reason.trim()) return form.invalid({ reason: 'Say what the coach should correct.' });
    form.clear();
    ret.mutate(reason.trim(), { onError: form.fail });
  };
  return (
    <section aria-labelledby="return-log">
      <h2 id="return-log">Return to coach</h2>
      <form className="card" onSubmit={preventDefault(submit)} noValidate aria-labelledby="return-log">
        <p className="muted">The coach corrects the log and submits it again; the candidate then acknowledges it again.</p>
        <FormAlert problem={form.problem} onReload={onReload} />
        <TextField name="reason" label="Reason" multiline value={reason} onChange={setReason} error={form.field('reason')} required />
        <button type="submit" className="danger" disabled={ret.isPending}>
          Return to coach
        </button>
      </form>
    </section>
  );
}

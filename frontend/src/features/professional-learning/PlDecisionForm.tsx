import { useState } from 'react';
import { formProblem, type FormProblem } from '../../api/problem';
import type { PlVerdict, ProfessionalLearning } from '../../api/types';
import { FormAlert, TextField, preventDefault } from '../../components/forms';
import { useDecidePl } from './mutations';

const STALE = 'Someone else changed this record meanwhile: it is shown as it is now. Your reason is kept; decide again if it is still waiting.';

/**
 * A coordinator approves or denies an alternative PL, with a reason either way. The server says
 * what stops an approval (a PDF missing), shown on top; a stale record is replaced by the current one.
 */
export function PlDecisionForm({ pl, onDecided }: { pl: ProfessionalLearning; onDecided?: (pl: ProfessionalLearning) => void }) {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const decide = useDecidePl(pl);

  const send = (decision: PlVerdict) => {
    setProblem(null);
    decide.mutate(
      { decision, reason },
      {
        onSuccess: (done) => onDecided?.(done),
        onError: (err) => {
          const p = formProblem(err, ['reason']);
          setProblem(p.conflict ? { fields: {}, general: [STALE], conflict: false } : p);
        },
      },
    );
  };

  return (
    <form className="pl-decision" onSubmit={preventDefault(() => send('approved'))} noValidate aria-label={`Decision on ${pl.title}`}>
      <FormAlert problem={problem} />
      <TextField
        name="reason"
        label="Reason for the decision"
        hint="Said to the candidate either way, e.g. “All three documents are here.”"
        multiline
        required
        value={reason}
        onChange={(v) => {
          setReason(v);
          setProblem((p) => p && { ...p, fields: {} });
        }}
        error={problem?.fields.reason}
        disabled={decide.isPending}
      />
      <div className="actions">
        <button type="submit" disabled={decide.isPending}>
          Approve<span className="visually-hidden"> {pl.title}</span>
        </button>
        <button type="button" className="secondary danger" disabled={decide.isPending} onClick={() => send('denied')}>
          Deny<span className="visually-hidden"> {pl.title}</span>
        </button>
      </div>
    </form>
  );
}

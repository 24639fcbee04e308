import { useId, useState } from 'react';
import type { FormProblem } from '../../api/problem';
import type { CompletionVerification, Signer } from '../../api/types';
import { FormAlert, preventDefault } from '../../components/forms';
import { useApp } from '../../lib/context';
import { actionProblem } from './actionProblem';
import { SIGNER_LABELS } from './completionLabels';
import { useSign } from './mutations';

interface Props {
  form: CompletionVerification;
  /** The part the form's `can.sign` offers the reader. */
  signer: Signer;
  onSigned: (message: string) => void;
}

/** "Sign as …", then the reader confirms the signature in their own name before it is given. */
export function SignForm({ form, signer, onSigned }: Props) {
  const { me } = useApp();
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const sign = useSign(form);
  const statementId = useId();
  const party = SIGNER_LABELS[signer];

  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        Sign as {party}
      </button>
    );
  }
  const submit = () => {
    setProblem(null);
    sign.mutate(signer, {
      onSuccess: (signed) =>
        onSigned(signed.signed ? `Signed as ${party}. Every party has signed the form.` : `Signed as ${party}.`),
      onError: (err) => setProblem(actionProblem(err)),
    });
  };
  return (
    <form className="card" aria-label={`Sign as ${party}`} onSubmit={preventDefault(submit)} noValidate>
      <FormAlert problem={problem} />
      <p id={statementId}>
        I confirm that I, {me.user.display_name}, sign the Program Completion Verification of {form.candidate.display_name} as{' '}
        {party}, and that the items above are met as the two columns confirm them.
      </p>
      <div className="actions">
        <button type="submit" aria-describedby={statementId} disabled={sign.isPending}>
          I confirm
        </button>
        <button type="button" className="secondary" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

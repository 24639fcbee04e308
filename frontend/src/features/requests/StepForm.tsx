import { useState } from 'react';
import { formProblem, type FormProblem } from '../../api/problem';
import type { ProgramRequest } from '../../api/types';
import { FormAlert, TextField, preventDefault } from '../../components/forms';
import { useRequestStep, type PlainStep } from './mutations';

/** How each step is offered, in the handbook's words. */
const STEPS: Record<PlainStep, { title: string; button: string; hint: string; done: string }> = {
  review: {
    title: 'Take under review',
    button: 'Take under review',
    hint: 'E.g. the meeting arranged with the candidate, a document asked for.',
    done: 'The request is under review.',
  },
  close: {
    title: 'Close as done',
    button: 'Close as done',
    hint: 'Once the decision is followed up: the waiver uploaded, the plan of action carried out.',
    done: 'The request is closed as done.',
  },
  cancel: {
    title: 'Cancel the request',
    button: 'Cancel request',
    hint: 'Another request of its kind may be submitted afterwards.',
    done: 'The request is cancelled.',
  },
};

interface Props {
  request: ProgramRequest;
  step: PlainStep;
  onDone: (message: string) => void;
  /** Refused as stale (412): the page says so, as it now shows the request as it is. */
  onStale: () => void;
}

/** One step of the flow with its optional note, sent with the version shown (If-Match). */
export function StepForm({ request, step, onDone, onStale }: Props) {
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const take = useRequestStep(request, step);
  const s = STEPS[step];
  const headingId = `step-${step}`;
  const submit = () => {
    setProblem(null);
    take.mutate(note, {
      onSuccess: () => onDone(s.done),
      onError: (err) => {
        const p = formProblem(err, ['note']);
        if (p.conflict) onStale();
        else setProblem(p);
      },
    });
  };
  return (
    <form className="card" aria-labelledby={headingId} onSubmit={preventDefault(submit)} noValidate>
      <h3 id={headingId}>{s.title}</h3>
      <FormAlert problem={problem} />
      <TextField name="note" label="Note (optional)" multiline hint={s.hint} value={note} onChange={setNote} error={problem?.fields.note} />
      <button type="submit" className={step === 'cancel' ? 'danger' : undefined} disabled={take.isPending}>
        {s.button}
      </button>
    </form>
  );
}

import { useState } from 'react';
import type { FormProblem } from '../../api/problem';
import type { CompletionItem, CompletionVerification } from '../../api/types';
import { FormAlert } from '../../components/forms';
import { actionProblem } from './actionProblem';
import { ITEM_LABELS } from './completionLabels';
import { useTakeBack } from './mutations';

/** Take back the reader's column's confirmation of `item` (before anyone signs). */
export function TakeBack({ form, item }: { form: CompletionVerification; item: CompletionItem }) {
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const takeBack = useTakeBack(form);
  return (
    <>
      <FormAlert problem={problem} />
      <button
        type="button"
        className="secondary"
        aria-label={`Take back: ${ITEM_LABELS[item]}`}
        disabled={takeBack.isPending}
        onClick={() => {
          setProblem(null);
          takeBack.mutate(item, { onError: (err) => setProblem(actionProblem(err)) });
        }}
      >
        Take back
      </button>
    </>
  );
}

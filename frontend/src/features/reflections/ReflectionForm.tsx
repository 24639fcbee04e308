import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ReflectionEntry, Standard } from '../../api/types';
import { FormAlert, preventDefault } from '../../components/forms';
import { SaveState } from '../../components/SaveState';
import { Notice } from '../../components/ui';
import { useAutosave } from '../../lib/autosave';
import { ElementFields } from './ElementFields';
import { MissingElements } from './MissingElements';
import { useReflectionSaved, useSubmitReflection } from './mutations';
import { ReflectionHeader } from './ReflectionHeader';
import { entryOf, reflectionProblem, topOfForm, withoutElement, type ReflectionProblem } from './reflectionForm';
import type { ReflectionQueue } from './reflectionQueue';
import { ScaleLegend } from './ScaleLegend';

interface Props {
  queue: ReflectionQueue;
  standards: Standard[];
}

/**
 * The candidate's reflection form: every element grouped by standard, saved element by element
 * as they type, then submitted (the server names every element still missing).
 */
export function ReflectionForm({ queue, standards }: Props) {
  const state = useAutosave(queue);
  const navigate = useNavigate();
  const saved = useReflectionSaved();
  const submit = useSubmitReflection(queue);
  const [submitProblem, setSubmitProblem] = useState<ReflectionProblem | null>(null);
  const record = state.record!;

  // The page, the terms and the program's table follow each save.
  useEffect(() => saved(record), [record, saved]);

  const saveProblem = useMemo(
    () => (state.status === 'error' && state.error ? reflectionProblem(state.error) : null),
    [state.status, state.error],
  );

  const change = useCallback(
    (code: string, patch: Partial<ReflectionEntry>) => {
      queue.edit((d) => ({ ...d, [code]: { ...entryOf(d, code), ...patch } }));
      // The messages beside an element go once it is changed.
      setSubmitProblem((p) => p && withoutElement(p, code));
    },
    [queue],
  );

  const send = () => {
    setSubmitProblem(null);
    submit.mutate(undefined, {
      onError: (err) => setSubmitProblem(reflectionProblem(err)),
      onSuccess: (r) => navigate(`/reflections/${r.id}`, { replace: true, state: { submitted: true } }),
    });
  };

  const elements = standards.flatMap((s) => s.elements);

  return (
    <>
      <ReflectionHeader reflection={record}>
        <SaveState
          state={state}
          auto
          problem={saveProblem && topOfForm(saveProblem)}
          onRetry={() => void queue.flush()}
        />
      </ReflectionHeader>
      {state.restored && <Notice>Changes you had not saved yet were restored.</Notice>}
      {state.merged && (
        <Notice>This reflection was changed elsewhere meanwhile. Those changes are in the form; what you typed is kept.</Notice>
      )}
      <form onSubmit={preventDefault(send)} noValidate aria-label="Reflection" className="reflection-form">
        <ScaleLegend />
        {standards.map((s) => (
          <section key={s.number} aria-labelledby={`standard-${s.number}`}>
            <h2 id={`standard-${s.number}`}>
              Standard {s.number}: {s.title}
            </h2>
            {s.elements.map((el) => (
              <ElementFields
                key={el.code}
                element={el}
                entry={entryOf(state.draft, el.code)}
                errors={submitProblem?.elements[el.code] ?? saveProblem?.elements[el.code]}
                onChange={change}
              />
            ))}
          </section>
        ))}
        {/* Beside the Submit button, where the candidate is when it is refused. */}
        <FormAlert problem={submitProblem && topOfForm(submitProblem)} />
        {submitProblem && <MissingElements problem={submitProblem} elements={elements} />}
        <div className="actions">
          {record.can.submit && (
            <button type="submit" disabled={submit.isPending}>
              {submit.isPending ? 'Submitting…' : 'Submit'}
            </button>
          )}
          <Link to={`/reflections/${record.id}/print`}>Print view</Link>
        </div>
      </form>
    </>
  );
}

import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { FormProblem } from '../../api/problem';
import type { StandardElement } from '../../api/types';
import { CheckboxField, FormAlert, TextField } from '../../components/forms';
import { SaveState } from '../../components/SaveState';
import { Notice } from '../../components/ui';
import { useAutosave } from '../../lib/autosave';
import { useReflection } from '../reflections/queries';
import { ActionPlansField } from './ActionPlansField';
import { AtpThread, WholeComments, commentsOn } from './AtpComments';
import { COUNTS_LABEL, IMPACT_HINT, IMPACT_LABEL } from './atpFields';
import { atpProblem, interimScores, withoutFields } from './atpForm';
import { AtpHeader } from './AtpHeader';
import type { AtpQueue } from './atpQueue';
import { useAtpSaved, useSubmitAtp } from './mutations';
import { PicksField, type AtpEdit } from './PicksField';
import { useAtpComments } from './queries';
import { SubmitProblems } from './SubmitProblems';

/** What goes at the top (the field messages stand beside their fields). */
const top = (p: FormProblem): FormProblem => ({ fields: {}, general: p.general, conflict: p.conflict });

/**
 * The candidate's Application to Practice: the two parts, a plan per focus element and the
 * narrative, saved as they type, then submitted (the server names everything still missing).
 * Comments stand beside the plans they are on, and after the form.
 */
export function AtpForm({ queue, elements }: { queue: AtpQueue; elements: StandardElement[] }) {
  const state = useAutosave(queue);
  const navigate = useNavigate();
  const saved = useAtpSaved();
  const submit = useSubmitAtp(queue);
  const [submitProblem, setSubmitProblem] = useState<FormProblem | null>(null);
  const { draft } = state;
  const record = state.record!;
  const comments = useAtpComments(record.id);
  // The interim scores of plans not saved yet.
  const interim = useReflection(record.reflection_id).data;

  // The page and the reflections' summary follow each save.
  useEffect(() => saved(record), [record, saved]);

  const saveProblem = useMemo(
    () => (state.status === 'error' && state.error ? atpProblem(state.error, draft) : null),
    [state.status, state.error, draft],
  );
  const error = (key: string) => submitProblem?.fields[key] ?? saveProblem?.fields[key];

  const edit: AtpEdit = useCallback(
    (update, touched) => {
      queue.edit(update);
      // The messages beside a field go once it is changed.
      setSubmitProblem((p) => p && withoutFields(p, touched));
    },
    [queue],
  );

  const send = () => {
    setSubmitProblem(null);
    submit.mutate(undefined, {
      // The server checked what was just saved: the form as it is now.
      onError: (err) => setSubmitProblem(atpProblem(err, queue.getState().draft)),
      onSuccess: (a) => navigate(`/applications-to-practice/${a.id}`, { replace: true, state: { submitted: true } }),
    });
  };

  const fields = { draft, elements, edit, error };
  const list = comments.data ?? [];
  return (
    <>
      <AtpHeader atp={record}>
        <SaveState state={state} auto problem={saveProblem && top(saveProblem)} onRetry={() => void queue.flush()} />
      </AtpHeader>
      {state.restored && <Notice>Changes you had not saved yet were restored.</Notice>}
      {state.merged && (
        <Notice>This Application to Practice was changed elsewhere meanwhile. Those changes are in the form; what you typed is kept.</Notice>
      )}
      <div className="atp-form">
        <p className="muted">
          At the end of year 1, built on your interim reflection: the elements where you grew the most, those you will focus on
          in year 2 with a plan for each, and how the program has made you a better leader. It saves as you type.
        </p>
        <PicksField part="most_growth" {...fields} />
        <PicksField part="focus" {...fields} />
        <ActionPlansField
          {...fields}
          interim={interimScores(record, interim)}
          // While writing, a plan's thread shows once someone has commented on it.
          afterPlan={(element) => {
            const on = commentsOn(list, element);
            return on.length > 0 && <AtpThread atp={record} comments={on} element={element} />;
          }}
        />
        <div className="card" id="atp-impact">
          <TextField
            name="impact"
            label={IMPACT_LABEL}
            hint={IMPACT_HINT}
            multiline
            value={draft.impact}
            onChange={(impact) => edit((d) => ({ ...d, impact }), ['impact'])}
            error={error('impact')}
          />
          <CheckboxField
            name="counts_for_pl"
            label={COUNTS_LABEL}
            checked={draft.counts_for_pl}
            onChange={(counts_for_pl) => edit((d) => ({ ...d, counts_for_pl }), ['counts_for_pl'])}
            error={error('counts_for_pl')}
          />
        </div>
        {/* Beside the Submit button, where the candidate is when it is refused. */}
        <FormAlert problem={submitProblem && top(submitProblem)} />
        {submitProblem && <SubmitProblems problem={submitProblem} elements={elements} />}
        {record.can.submit && (
          <div className="actions">
            <button type="button" disabled={submit.isPending} onClick={send}>
              {submit.isPending ? 'Submitting…' : 'Submit'}
            </button>
            <span className="hint">Once submitted it is read-only; your coach and the program staff read it.</span>
          </div>
        )}
      </div>
      <WholeComments atp={record} query={comments} focus={draft.focus.map((f) => f.element)} />
    </>
  );
}

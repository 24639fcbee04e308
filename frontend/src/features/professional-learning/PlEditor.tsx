import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { FormProblem } from '../../api/problem';
import type { UserRef } from '../../api/types';
import { FormAlert } from '../../components/forms';
import { SaveState } from '../../components/SaveState';
import { Notice } from '../../components/ui';
import { useAutosave } from '../../lib/autosave';
import { usePlSaved, useSubmitPl } from './mutations';
import { PlDecisionNote } from './PlDecisionNote';
import { PlDocuments } from './PlDocuments';
import { plProblem, withoutFields, type PlDraft } from './plForm';
import { PlFormFields } from './PlFormFields';
import { PlHeader } from './PlHeader';
import { livePls, type PlQueue } from './plQueue';
import { PlSubmitProblems } from './PlSubmitProblems';

/** What goes at the top (the field messages stand beside their fields). */
const top = (p: FormProblem): FormProblem => ({ fields: {}, general: p.general, conflict: p.conflict });

interface Props {
  queue: PlQueue;
  enrollmentId: string;
  candidate: UserRef;
  isNew?: boolean;
}

/**
 * The PL reflection form of an alternative PL: saved as people type (created once it has a
 * title, a date and its hours), its three PDFs uploaded beside it, then submitted for approval
 * (the server names what is still missing).
 */
export function PlEditor({ queue, enrollmentId, candidate, isNew }: Props) {
  const state = useAutosave(queue);
  const navigate = useNavigate();
  const saved = usePlSaved();
  const submit = useSubmitPl(queue);
  const [submitProblem, setSubmitProblem] = useState<FormProblem | null>(null);
  const { draft, record } = state;

  // The page, the lists and the hours follow each save.
  useEffect(() => {
    if (record) saved(record);
  }, [record, saved]);

  // The first save created the record: its own address from now on, so a reload resumes it.
  const createdId = isNew && record ? record.id : null;
  useEffect(() => {
    if (!createdId) return;
    livePls.keep(createdId, queue);
    navigate(`/professional-learning/${createdId}`, { replace: true });
  }, [createdId, queue, navigate]);

  const saveProblem = useMemo(
    () => (state.status === 'error' && state.error ? plProblem(state.error) : null),
    [state.status, state.error],
  );
  const error = (key: string) => submitProblem?.fields[key] ?? saveProblem?.fields[key] ?? state.localErrors[key];

  const edit = useCallback(
    (update: (d: PlDraft) => PlDraft, touched: string[]) => {
      queue.edit(update);
      // The messages beside a field go once it is changed.
      setSubmitProblem((p) => p && withoutFields(p, touched));
    },
    [queue],
  );

  const send = () => {
    setSubmitProblem(null);
    submit.mutate(undefined, {
      onError: (err) => setSubmitProblem(plProblem(err)),
      onSuccess: (pl) => navigate(`/professional-learning/${pl.id}`, { replace: true, state: { submitted: true } }),
    });
  };

  return (
    <>
      <PlHeader enrollmentId={enrollmentId} candidate={candidate} pl={record}>
        <SaveState state={state} auto problem={saveProblem && top(saveProblem)} onRetry={() => void queue.flush()} />
      </PlHeader>
      {state.restored && <Notice>Changes you had not saved yet were restored.</Notice>}
      {state.merged && <Notice>Someone else changed this record meanwhile. Their changes are in the form; what you typed is kept.</Notice>}
      {record && <PlDecisionNote pl={record} />}
      <div className="card pl-form" role="group" aria-label="PL reflection form">
        <p className="muted">
          The handbook’s PL reflection form for a professional learning you attended. It saves as you type
          {record ? '.' : ', once it has a title, a date and its hours.'}
        </p>
        <PlFormFields enrollmentId={enrollmentId} draft={draft} edit={edit} error={error} />
      </div>
      {record ? (
        <PlDocuments pl={record} />
      ) : (
        <p className="muted">The PDFs (PL reflection form, agenda, sign-in sheet) are uploaded here once the form is saved.</p>
      )}
      {/* Beside the Submit button, where the candidate is when it is refused. */}
      <FormAlert problem={submitProblem && top(submitProblem)} />
      {submitProblem && <PlSubmitProblems problem={submitProblem} />}
      {record?.can.submit && (
        <div className="actions">
          <button type="button" disabled={submit.isPending} onClick={send}>
            {submit.isPending ? 'Submitting…' : 'Submit'}
          </button>
          <span className="hint">It is submitted with its three PDFs, then a coordinator approves it.</span>
        </div>
      )}
    </>
  );
}

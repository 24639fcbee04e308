import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { FormProblem } from '../../api/problem';
import type { IlpStatus, UserRef } from '../../api/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FormAlert, preventDefault } from '../../components/forms';
import { SaveState } from '../../components/SaveState';
import { Notice } from '../../components/ui';
import { useAutosave } from '../../lib/autosave';
import { IlpBreadcrumb, useIlpsLink } from './IlpBreadcrumb';
import { ILP_STATUS_LABELS } from './ilpFields';
import { ilpProblem, type IlpDraft } from './ilpForm';
import { IlpFormFields } from './IlpFormFields';
import { liveIlps, type IlpQueue } from './ilpQueue';
import { useDiscardIlp, useFormStatusChange, useIlpsChanged, useSaveIlp } from './mutations';

interface Props {
  queue: IlpQueue;
  enrollmentId: string;
  candidate: UserRef;
  isNew?: boolean;
}

/**
 * The ILP form. A draft saves as people type and is then put into action; a plan in action is
 * changed with Save changes (each save keeps a revision) and completed.
 */
export function IlpEditor({ queue, enrollmentId, candidate, isNew }: Props) {
  const state = useAutosave(queue);
  const navigate = useNavigate();
  const location = useLocation();
  const ilpsChanged = useIlpsChanged();
  const list = useIlpsLink(enrollmentId, candidate);
  const [actionProblem, setActionProblem] = useState<FormProblem | null>(
    // What an action refused just before the new draft moved to its own address.
    () => (location.state as { problem?: FormProblem } | null)?.problem ?? null,
  );
  const [savedNotice, setSavedNotice] = useState(false);
  const status = useFormStatusChange(queue);
  const save = useSaveIlp(queue);
  const discard = useDiscardIlp(queue);
  const busy = status.isPending || save.isPending || discard.isPending;
  const { record, draft } = state;
  const active = record?.status === 'active';

  // The first save created the draft: its own address from now on, so a reload resumes it. Not
  // while an action is on its way (it saved first): its answer is shown, then carried along.
  const createdId = isNew && record ? record.id : null;
  useEffect(() => {
    if (!createdId || busy) return;
    liveIlps.keep(createdId, queue);
    navigate(`/ilps/${createdId}/edit`, { replace: true, state: actionProblem ? { problem: actionProblem } : null });
  }, [createdId, busy, actionProblem, queue, navigate]);

  // The lists and the standards covered follow each save.
  const version = record?.version;
  useEffect(() => {
    if (version !== undefined) ilpsChanged(enrollmentId);
  }, [version, ilpsChanged, enrollmentId]);

  const saveProblem = state.status === 'error' && state.error ? ilpProblem(state.error, draft.steps) : null;
  const error = (key: string): string | undefined => actionProblem?.fields[key] ?? saveProblem?.fields[key];

  const edit = (update: (d: IlpDraft) => IlpDraft, touched: string[]) => {
    setSavedNotice(false);
    queue.edit(update);
    // The message beside a field goes once the field is changed.
    setActionProblem((p) => p && { ...p, fields: Object.fromEntries(Object.entries(p.fields).filter(([k]) => !touched.includes(k))) });
  };

  // The steps the server checked are the ones saved just before, in the form's order.
  const failed = (err: unknown) => setActionProblem(ilpProblem(err, queue.getState().draft.steps));
  const changeStatus = (to: IlpStatus) => {
    setActionProblem(null);
    status.mutate(to, { onError: failed, onSuccess: (ilp) => navigate(`/ilps/${ilp.id}`, { state: { status: ilp.status } }) });
  };
  const saveChanges = () => {
    setActionProblem(null);
    setSavedNotice(false);
    save.mutate(undefined, { onError: failed, onSuccess: () => setSavedNotice(true) });
  };
  const discardDraft = () =>
    discard.mutate(undefined, { onError: failed, onSuccess: () => navigate(list.to, { state: { discarded: true } }) });

  const general: FormProblem | null = actionProblem?.general.length || actionProblem?.conflict ? actionProblem : null;

  return (
    <>
      <IlpBreadcrumb enrollmentId={enrollmentId} candidate={candidate} here={isNew ? 'New ILP' : 'Edit'} />
      <div className="page-title">
        <h1>Individual Leadership Plan</h1>
        <SaveState state={state} auto={queue.auto} problem={saveProblem} onRetry={() => void queue.flush()} />
      </div>
      <p className="muted">
        Candidate: <strong>{candidate.display_name}</strong>
        {record && <> · {ILP_STATUS_LABELS[record.status]}</>}
      </p>
      {active && (
        <div className="alert alert-info" role="note">
          <p>This plan is in action: changes are saved when you press Save changes, and each save keeps the earlier version in the plan’s history.</p>
        </div>
      )}
      {state.restored && <Notice>Changes you had not saved yet were restored.</Notice>}
      {state.merged && (
        <Notice>Someone else changed this plan meanwhile. Their changes are in the form; what you typed is kept.</Notice>
      )}
      {savedNotice && <Notice>Changes saved.</Notice>}
      <form onSubmit={preventDefault(active ? saveChanges : () => void queue.flush())} noValidate aria-label="ILP" className="ilp-form">
        <FormAlert problem={general} />
        <IlpFormFields draft={draft} enrollmentId={enrollmentId} edit={edit} error={error} />
        <div className="actions">
          {active && (
            <button type="submit" disabled={busy}>
              {save.isPending ? 'Saving…' : 'Save changes'}
            </button>
          )}
          {(!record || record.can.activate) && (
            <button type="button" disabled={busy} onClick={() => changeStatus('active')}>
              {record?.status === 'completed' ? 'Reopen' : 'Put into action'}
            </button>
          )}
          {record?.can.complete && (
            <button type="button" disabled={busy} onClick={() => changeStatus('completed')}>
              Complete
            </button>
          )}
          {record && <Link to={`/ilps/${record.id}`}>View plan</Link>}
          {record?.can.discard && (
            <ConfirmButton label="Discard draft…" question="Discard this draft for good?" confirm="Discard draft" busy={busy} onConfirm={discardDraft} />
          )}
        </div>
      </form>
    </>
  );
}

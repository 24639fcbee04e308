import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { FormProblem } from '../../api/problem';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FormAlert, preventDefault } from '../../components/forms';
import { SaveState } from '../../components/SaveState';
import { Notice } from '../../components/ui';
import { useAutosave } from '../../lib/autosave';
import { draftKeyOf, logProblem, type LogDraft } from './coachingLog';
import { LOG_STATE_LABELS } from './logFields';
import { LogFormFields } from './LogFormFields';
import { liveLogs, type LogQueue } from './logQueue';
import { useDeleteDraft, useLogsChanged, useSaveSignedLog, useSubmitLog } from './mutations';
import { useActivityCodes } from './queries';

interface Props {
  queue: LogQueue;
  enrollmentId: string;
  programId: string;
  candidate: string;
  isNew?: boolean;
}

/**
 * The coach's Collaborative Coaching Log form. A draft saves as the coach types and is then
 * submitted; a signed log (submitted, acknowledged or returned) is corrected with Save changes.
 */
export function LogEditor({ queue, enrollmentId, programId, candidate, isNew }: Props) {
  const state = useAutosave(queue);
  const navigate = useNavigate();
  const logsChanged = useLogsChanged();
  const codes = useActivityCodes(programId);
  const [submitProblem, setSubmitProblem] = useState<FormProblem | null>(null);
  const [savedNotice, setSavedNotice] = useState(false);
  const { record, draft } = state;
  const signed = !!record && record.state !== 'draft';
  const canSubmit = !record || record.can.submit;

  // The first save created the draft: its own address from now on, so a reload resumes it.
  const createdId = isNew && record ? record.id : null;
  useEffect(() => {
    if (!createdId) return;
    liveLogs.keep(createdId, queue);
    navigate(`/coaching-logs/${createdId}/edit`, { replace: true });
  }, [createdId, queue, navigate]);

  // Lists and hours follow each save.
  const version = record?.version;
  useEffect(() => {
    if (version !== undefined) logsChanged(enrollmentId);
  }, [version, logsChanged, enrollmentId]);

  const saveProblem = state.status === 'error' && state.error ? logProblem(state.error) : null;
  const field = (name: string): string | undefined =>
    submitProblem?.fields[name] ?? saveProblem?.fields[name] ?? state.localErrors[name];

  const set = <K extends keyof LogDraft>(key: K, value: LogDraft[K]) => {
    setSavedNotice(false);
    queue.edit((d) => ({ ...d, [key]: value }));
    // The message beside a field goes once the field is changed.
    setSubmitProblem((p) => {
      if (!p) return p;
      const fields = Object.fromEntries(Object.entries(p.fields).filter(([f]) => draftKeyOf(f) !== key));
      return { ...p, fields };
    });
  };

  const failed = (err: unknown) => setSubmitProblem(logProblem(err));
  const submit = useSubmitLog(queue);
  const saveSigned = useSaveSignedLog(queue);
  const remove = useDeleteDraft(queue);
  const send = () => {
    setSubmitProblem(null);
    if (canSubmit) {
      submit.mutate(undefined, {
        onError: failed,
        onSuccess: (log) => navigate(`/coaching-logs/${log.id}`, { state: { submitted: true } }),
      });
    } else {
      setSavedNotice(false);
      saveSigned.mutate(undefined, { onError: failed, onSuccess: () => setSavedNotice(true) });
    }
  };
  const deleteDraft = () =>
    remove.mutate(undefined, {
      onError: failed,
      onSuccess: () => navigate(`/enrollments/${enrollmentId}/coaching-logs`, { state: { deleted: true } }),
    });

  const general: FormProblem | null = submitProblem?.general.length || submitProblem?.conflict ? submitProblem : null;
  const busy = submit.isPending || saveSigned.isPending || remove.isPending;

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/enrollments/${enrollmentId}/coaching-logs`}>Coaching logs of {candidate}</Link> /{' '}
        {isNew ? 'New log' : 'Edit'}
      </p>
      <div className="page-title">
        <h1>Collaborative coaching log</h1>
        <SaveState state={state} auto={queue.auto} problem={saveProblem} onRetry={() => void queue.flush()} />
      </div>
      <p className="muted">
        Candidate: <strong>{candidate}</strong>
        {record && <> · {LOG_STATE_LABELS[record.state]}</>}
      </p>
      {signed && (
        <div className="alert alert-info" role="note">
          <p>
            This log was {record.state === 'returned' ? 'returned to you' : 'submitted'}. After you save a change, {candidate}{' '}
            must acknowledge the log again; the earlier version is kept in the log’s history.
          </p>
          {record.state === 'returned' && record.return_reason && <p>Reason given: “{record.return_reason}”</p>}
        </div>
      )}
      {state.restored && <Notice>Changes you had not saved yet were restored.</Notice>}
      {state.merged && (
        <Notice>Someone else changed this log meanwhile. Their changes are in the form; what you typed is kept.</Notice>
      )}
      {savedNotice && <Notice>Changes saved. {candidate} will be asked to acknowledge the log again.</Notice>}
      <form onSubmit={preventDefault(send)} noValidate aria-label="Coaching log">
        <FormAlert problem={general} />
        <LogFormFields draft={draft} set={set} error={field} codes={codes} />
        <div className="actions">
          {canSubmit ? (
            <button type="submit" disabled={busy}>
              {submit.isPending ? 'Submitting…' : record?.state === 'returned' ? 'Submit again' : 'Submit'}
            </button>
          ) : (
            <button type="submit" disabled={busy}>
              {saveSigned.isPending ? 'Saving…' : 'Save changes'}
            </button>
          )}
          {record && <Link to={`/coaching-logs/${record.id}`}>View log</Link>}
          {record?.can.discard && (
            <ConfirmButton label="Delete draft…" question="Delete this draft, and any documents attached to it, for good?" confirm="Delete draft" busy={busy} onConfirm={deleteDraft} />
          )}
        </div>
      </form>
    </>
  );
}

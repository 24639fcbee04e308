import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api } from '../api';
import { ifMatch, unwrap } from '../api/client';
import { ApiError, type FormProblem } from '../api/problem';
import type { CoachingLog, LogMode } from '../api/types';
import { ChoiceGroup, CheckboxField, DurationField, FormAlert, TextField, preventDefault } from '../components/forms';
import { ErrorBox, Notice, QueryView } from '../components/ui';
import { useAutosave, type AutosaveState } from '../lib/autosave';
import {
  LOG_STATE_LABELS,
  MODE_LABELS,
  SUPPORT_MODES,
  draftKeyOf,
  groupActivityCodes,
  logProblem,
  toggle,
  type LogDraft,
} from '../lib/coachingLog';
import { createLogQueue, keepLive, liveQueue, releaseLive, type LogQueue } from '../lib/logQueue';
import { invalidateLogs, keys, useActivityCodes, useEnrollment, useLog, useStandards } from '../lib/queries';

/** `/enrollments/:id/coaching-logs/new`: the coach's blank form; the first change creates the draft. */
export function NewCoachingLog() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  return (
    <QueryView query={enrollment} what="Loading the candidate">
      {(e) => <NewLogForm enrollmentId={e.id} programId={e.program_id} candidate={e.candidate.display_name} />}
    </QueryView>
  );
}

function NewLogForm({ enrollmentId, programId, candidate }: { enrollmentId: string; programId: string; candidate: string }) {
  const [queue] = useState(() => createLogQueue({ enrollmentId, record: null }));
  return <LogEditor queue={queue} enrollmentId={enrollmentId} programId={programId} candidate={candidate} isNew />;
}

/** `/coaching-logs/:id/edit`: a draft resumed (after a reload too), or a signed log corrected. */
export function EditCoachingLog() {
  const { id = '' } = useParams();
  const live = liveQueue(id);
  if (live) return <LiveLogForm key={id} id={id} queue={live} />;
  return <LoadedLogForm key={id} id={id} />;
}

function LoadedLogForm({ id }: { id: string }) {
  const query = useLog(id);
  return (
    <QueryView query={query} what="Loading the coaching log">
      {(log) => <LogFormFor log={log} />}
    </QueryView>
  );
}

function LogFormFor({ log }: { log: CoachingLog }) {
  const [queue] = useState(() => liveQueue(log.id) ?? createLogQueue({ enrollmentId: log.enrollment_id, record: log }));
  return <LiveLogForm id={log.id} queue={queue} />;
}

function LiveLogForm({ id, queue }: { id: string; queue: LogQueue }) {
  useEffect(() => {
    keepLive(id, queue);
    return () => releaseLive(id, queue);
  }, [id, queue]);
  const record = queue.getState().record!;
  return (
    <LogEditor
      queue={queue}
      enrollmentId={record.enrollment_id}
      programId={record.program_id}
      candidate={record.candidate.display_name}
    />
  );
}

function hhmm(d: Date): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

function SaveState({ state, auto, onRetry }: { state: AutosaveState<CoachingLog, LogDraft>; auto: boolean; onRetry: () => void }) {
  let text: string;
  switch (state.status) {
    case 'idle':
      text = !auto ? 'No unsaved changes' : state.record ? 'All changes saved' : 'The draft saves as you type';
      break;
    case 'unsaved':
      text = auto ? 'Unsaved changes…' : 'Unsaved changes: press Save changes';
      break;
    case 'saving':
      text = 'Saving…';
      break;
    case 'saved':
      text = state.savedAt ? `Saved at ${hhmm(state.savedAt)}` : 'Saved';
      break;
    case 'error': {
      const p = state.error ? logProblem(state.error) : null;
      text = p && p.general.length ? `Not saved: ${p.general.join(' ')}` : 'Not saved: check the fields marked below';
      break;
    }
  }
  return (
    <div className={`save-state save-${state.status}`}>
      <p role="status" aria-live="polite">
        {text}
      </p>
      {state.status === 'error' && state.error !== null && (
        <button type="button" className="secondary" onClick={onRetry}>
          Try saving again
        </button>
      )}
    </div>
  );
}

interface EditorProps {
  queue: LogQueue;
  enrollmentId: string;
  programId: string;
  candidate: string;
  isNew?: boolean;
}

function LogEditor({ queue, enrollmentId, programId, candidate, isNew }: EditorProps) {
  const state = useAutosave(queue);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const codes = useActivityCodes(programId);
  const standards = useStandards();
  const [submitProblem, setSubmitProblem] = useState<FormProblem | null>(null);
  const [savedNotice, setSavedNotice] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { record, draft } = state;
  const signed = !!record && record.state !== 'draft';
  const canSubmit = !record || record.state === 'draft' || record.state === 'returned';

  // The first save created the draft: its own address from now on, so a reload resumes it.
  const createdId = isNew && record ? record.id : null;
  useEffect(() => {
    if (!createdId) return;
    keepLive(createdId, queue);
    navigate(`/coaching-logs/${createdId}/edit`, { replace: true });
  }, [createdId, queue, navigate]);

  // Lists and hours follow each save.
  const version = record?.version;
  useEffect(() => {
    if (version !== undefined) invalidateLogs(queryClient, enrollmentId);
  }, [version, queryClient, enrollmentId]);

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

  const submit = useMutation({
    mutationFn: async () => {
      await queue.flush();
      const s = queue.getState();
      if (s.status === 'error') throw s.error ?? new Error('Correct the fields marked below first.');
      if (!s.record) throw new Error('Fill in the log before submitting it.');
      return unwrap(
        api.client.POST('/api/coaching-logs/{log_id}/submit', {
          params: { path: { log_id: s.record.id }, header: ifMatch(s.record.version) },
        }),
      );
    },
    onMutate: () => setSubmitProblem(null),
    onError: async (err) => {
      const p = logProblem(err);
      setSubmitProblem(p);
      const rec = queue.getState().record;
      if (p.conflict && rec) {
        // Take the stored version (keeping what was typed) so submitting again can work.
        try {
          queue.replaceRecord(
            await unwrap(api.client.GET('/api/coaching-logs/{log_id}', { params: { path: { log_id: rec.id } } })),
          );
        } catch {
          // the message already says to reload
        }
      }
    },
    onSuccess: (log) => {
      queue.replaceRecord(log);
      queue.discard();
      queryClient.setQueryData(keys.log(log.id), log);
      invalidateLogs(queryClient, log.enrollment_id);
      navigate(`/coaching-logs/${log.id}`, { state: { submitted: true } });
    },
  });

  const saveSigned = useMutation({
    mutationFn: async () => {
      await queue.flush();
      const s = queue.getState();
      if (s.status === 'error') throw s.error ?? new Error('Correct the fields marked below first.');
      return s.record;
    },
    onMutate: () => {
      setSubmitProblem(null);
      setSavedNotice(false);
    },
    onError: (err) => setSubmitProblem(logProblem(err)),
    onSuccess: (log) => {
      if (log) queryClient.setQueryData(keys.log(log.id), log);
      setSavedNotice(true);
    },
  });

  const remove = useMutation({
    mutationFn: async () => {
      const rec = queue.getState().record!;
      const { response, error } = await api.client.DELETE('/api/coaching-logs/{log_id}', {
        params: { path: { log_id: rec.id }, header: ifMatch(rec.version) },
      });
      if (!response.ok) throw ApiError.from(response, error);
    },
    onError: (err) => setSubmitProblem(logProblem(err)),
    onSuccess: () => {
      queue.discard();
      invalidateLogs(queryClient, enrollmentId);
      navigate(`/enrollments/${enrollmentId}/coaching-logs`, { state: { deleted: true } });
    },
  });

  const general: FormProblem | null = submitProblem?.general.length || submitProblem?.conflict ? submitProblem : null;
  const codeGroups = groupActivityCodes(codes);
  const codeOrder = codes.map((c) => c.code);
  const standardList = standards.data ?? [];
  const standardOrder = standardList.map((s) => s.number);
  const busy = submit.isPending || saveSigned.isPending || remove.isPending;

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/enrollments/${enrollmentId}/coaching-logs`}>Coaching logs of {candidate}</Link> /{' '}
        {isNew ? 'New log' : 'Edit'}
      </p>
      <div className="page-title">
        <h1>Collaborative coaching log</h1>
        <SaveState state={state} auto={queue.auto} onRetry={() => void queue.flush()} />
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
      <form onSubmit={preventDefault(() => (canSubmit ? submit.mutate() : saveSigned.mutate()))} noValidate aria-label="Coaching log">
        <FormAlert problem={general} />
        <div className="log-form-grid">
          <TextField
            name="meeting_date"
            label="Meeting date"
            type="date"
            value={draft.meeting_date}
            onChange={(v) => set('meeting_date', v)}
            error={field('meeting_date')}
            required
          />
          <TextField
            name="start_time"
            label="Start time"
            type="time"
            value={draft.start_time}
            onChange={(v) => set('start_time', v)}
            error={field('start_time')}
            required
          />
          <DurationField
            name="duration"
            legend="Duration"
            hours={draft.duration[0]}
            minutes={draft.duration[1]}
            onChange={(h, m) => set('duration', [h, m])}
            error={field('duration_minutes')}
            required
          />
        </div>
        <ChoiceGroup
          name="mode"
          legend="Mode"
          type="radio"
          groups={[
            { options: [{ value: 'face_to_face', label: MODE_LABELS.face_to_face }] },
            { label: 'System of support', options: SUPPORT_MODES.map((m) => ({ value: m, label: MODE_LABELS[m] })) },
          ]}
          values={draft.mode ? [draft.mode] : []}
          onToggle={(v) => set('mode', v as LogMode)}
          error={field('mode')}
          required
        />
        <div className="log-form-grid wide">
          <ChoiceGroup
            name="activity_codes"
            legend="Activities"
            type="checkbox"
            groups={codeGroups.map((g) => ({
              label: g.label,
              options: g.codes.map((c) => ({ value: c.code, label: `${c.code}. ${c.label}` })),
            }))}
            values={draft.activity_codes}
            onToggle={(v, on) => set('activity_codes', toggle(draft.activity_codes, v, on, codeOrder))}
            error={field('activity_codes')}
          />
          <ChoiceGroup
            name="standards"
            legend="CPSEL standards addressed"
            type="checkbox"
            groups={[{ options: standardList.map((s) => ({ value: String(s.number), label: `${s.number} — ${s.title}` })) }]}
            values={draft.standards.map(String)}
            onToggle={(v, on) => set('standards', toggle(draft.standards, Number(v), on, standardOrder))}
            hint={standards.isPending ? 'Loading the standards…' : undefined}
            error={field('standards')}
          />
        </div>
        {standards.error && <ErrorBox error={standards.error} onRetry={() => void standards.refetch()} />}
        <TextField
          name="focus"
          label="Current focus, challenges & celebrations"
          multiline
          value={draft.focus}
          onChange={(v) => set('focus', v)}
          error={field('focus')}
        />
        <TextField
          name="candidate_next_steps"
          label="Candidate’s next steps"
          multiline
          value={draft.candidate_next_steps}
          onChange={(v) => set('candidate_next_steps', v)}
          error={field('candidate_next_steps')}
        />
        <TextField
          name="coach_next_steps"
          label="Coach’s next steps"
          multiline
          value={draft.coach_next_steps}
          onChange={(v) => set('coach_next_steps', v)}
          error={field('coach_next_steps')}
        />
        <TextField
          name="ilp_revisions"
          label="ILP revisions"
          multiline
          value={draft.ilp_revisions}
          onChange={(v) => set('ilp_revisions', v)}
          error={field('ilp_revisions')}
        />
        <div className="log-form-grid">
          <TextField
            name="next_meeting_date"
            label="Next meeting date"
            type="date"
            value={draft.next_meeting_date}
            onChange={(v) => set('next_meeting_date', v)}
            error={field('next_meeting_date')}
          />
          <TextField
            name="next_meeting_time"
            label="Next meeting time"
            type="time"
            value={draft.next_meeting_time}
            onChange={(v) => set('next_meeting_time', v)}
            error={field('next_meeting_time')}
          />
        </div>
        <CheckboxField
          name="follow_up_done"
          label="Reflective follow-up conversation held"
          checked={draft.follow_up_done}
          onChange={(v) => set('follow_up_done', v)}
          error={field('follow_up_done')}
        />
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
          {record && (
            <Link to={`/coaching-logs/${record.id}`}>
              View log
            </Link>
          )}
          {record?.state === 'draft' &&
            (confirmDelete ? (
              <span className="confirm">
                Delete this draft for good?{' '}
                <button type="button" className="danger" disabled={busy} onClick={() => remove.mutate()}>
                  Delete draft
                </button>{' '}
                <button type="button" className="secondary" onClick={() => setConfirmDelete(false)}>
                  Keep it
                </button>
              </span>
            ) : (
              <button type="button" className="secondary danger" onClick={() => setConfirmDelete(true)}>
                Delete draft…
              </button>
            ))}
        </div>
      </form>
    </>
  );
}

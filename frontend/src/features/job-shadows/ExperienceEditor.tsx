import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { FormProblem } from '../../api/problem';
import { FormAlert } from '../../components/forms';
import { SaveState } from '../../components/SaveState';
import { Notice } from '../../components/ui';
import { useAutosave } from '../../lib/autosave';
import { EXPERIENCE_KIND_HINTS } from './experienceFields';
import { experienceProblem, type ExperienceDraft } from './experienceForm';
import { ExperienceFormFields } from './ExperienceFormFields';
import { ExperienceHeader } from './ExperienceHeader';
import type { ExperienceQueue } from './experienceQueue';
import { ExperienceSubmitProblems } from './ExperienceSubmitProblems';
import { useExperienceSaved, useSubmitExperience } from './mutations';
import { SummaryPdf } from './SummaryPdf';

const top = (p: FormProblem): FormProblem => ({ fields: {}, general: p.general, conflict: p.conflict });

/**
 * The candidate's job shadow or visit form: saved as they type, the optional summary PDF beside
 * it, then submitted (the server names every answer still missing).
 */
export function ExperienceEditor({ queue }: { queue: ExperienceQueue }) {
  const state = useAutosave(queue);
  const navigate = useNavigate();
  const saved = useExperienceSaved();
  const submit = useSubmitExperience(queue);
  const [submitProblem, setSubmitProblem] = useState<FormProblem | null>(null);
  const { draft } = state;
  const record = state.record!;
  const kind = record.kind;

  // The page and the list follow each save.
  useEffect(() => saved(record), [record, saved]);

  const saveProblem = useMemo(
    () => (state.status === 'error' && state.error ? experienceProblem(kind, state.error) : null),
    [state.status, state.error, kind],
  );
  const error = (key: string) => submitProblem?.fields[key] ?? saveProblem?.fields[key] ?? state.localErrors[key];

  const edit = useCallback(
    (update: (d: ExperienceDraft) => ExperienceDraft, touched: string[]) => {
      queue.edit(update);
      setSubmitProblem((p) => p && { ...p, fields: Object.fromEntries(Object.entries(p.fields).filter(([k]) => !touched.includes(k))) });
    },
    [queue],
  );

  const send = () => {
    setSubmitProblem(null);
    submit.mutate(undefined, {
      onError: (err) => setSubmitProblem(experienceProblem(kind, err)),
      onSuccess: (e) => navigate(`/job-shadows-and-visits/${e.id}`, { replace: true, state: { submitted: true } }),
    });
  };

  return (
    <>
      <ExperienceHeader experience={record}>
        <SaveState state={state} auto problem={saveProblem && top(saveProblem)} onRetry={() => void queue.flush()} />
      </ExperienceHeader>
      {state.restored && <Notice>Changes you had not saved yet were restored.</Notice>}
      {state.merged && <Notice>This form was changed elsewhere meanwhile. Those changes are in the form; what you typed is kept.</Notice>}
      <div className="card experience-form" role="group" aria-label={`${kind === 'job_shadow' ? 'Job shadow' : 'School visit'} form`}>
        <p className="muted">{EXPERIENCE_KIND_HINTS[kind]} It saves as you type.</p>
        <ExperienceFormFields kind={kind} draft={draft} edit={edit} error={error} />
      </div>
      <SummaryPdf experience={record} />
      <FormAlert problem={submitProblem && top(submitProblem)} />
      {submitProblem && <ExperienceSubmitProblems kind={kind} problem={submitProblem} />}
      {record.can.edit && (
        <div className="actions">
          <button type="button" disabled={submit.isPending} onClick={send}>
            {submit.isPending ? 'Submitting…' : 'Submit'}
          </button>
          <span className="hint">Once submitted it is read-only and meets the job shadow / visit requirement.</span>
        </div>
      )}
    </>
  );
}

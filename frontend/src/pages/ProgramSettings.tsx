import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import { api } from '../api';
import { ifMatch, unwrap } from '../api/client';
import type { ActivityCode, Program } from '../api/types';
import { FormAlert, SelectField, TextField, preventDefault, useFormProblem } from '../components/forms';
import { Notice, QueryView } from '../components/ui';
import { DEFAULT_ACTIVITY_CODES } from '../lib/coachingLog';
import { useApp, useProgramId } from '../lib/context';
import { MONTH_NAMES } from '../lib/labels';
import { useRecordDraft } from '../lib/draft';
import { keys, useProgram } from '../lib/queries';
import {
  SETTING_GROUPS,
  activityCodeField,
  draftToSettings,
  settingsToDraft,
  sortProgramMonths,
  type SettingsDraft,
} from '../lib/settingsForm';

const KNOWN_FIELDS = [
  'name',
  'organisation',
  'time_zone',
  'settings.coaching_months',
  'settings.counted_log_state',
  'settings.activity_codes',
  ...SETTING_GROUPS.flatMap((g) => g.fields.map((f) => `settings.${f.key}`)),
];

export function ProgramSettings() {
  const programId = useProgramId();
  const query = useProgram(programId);
  return (
    <>
      <h1>Program settings</h1>
      <QueryView query={query} what="Loading the program">
        {(program) => <SettingsForm key={program.id} program={program} onReload={() => void query.refetch()} />}
      </QueryView>
    </>
  );
}

function SettingsForm({ program, onReload }: { program: Program; onReload: () => void }) {
  const { canManage } = useApp();
  const queryClient = useQueryClient();
  // A reload after a conflict refreshes `program.version` (sent as If-Match) and keeps what the
  // user typed; fields they did not touch take the reloaded values.
  const [values, setForm] = useRecordDraft(program, (p) => ({
    name: p.name,
    organisation: p.organisation,
    time_zone: p.time_zone,
    settings: settingsToDraft(p.settings),
  }));
  const { name, organisation, time_zone: timeZone, settings: draft } = values;
  const setName = (name: string) => setForm((f) => ({ ...f, name }));
  const setOrganisation = (organisation: string) => setForm((f) => ({ ...f, organisation }));
  const setTimeZone = (time_zone: string) => setForm((f) => ({ ...f, time_zone }));
  const setDraft = (update: (d: SettingsDraft) => SettingsDraft) => setForm((f) => ({ ...f, settings: update(f.settings) }));
  const [saved, setSaved] = useState(false);
  // Each activity row's errors are known by its position (`settings.activity_codes[i]`).
  const form = useFormProblem([...KNOWN_FIELDS, ...draft.activity_codes.map((_, i) => activityCodeField(i))]);

  const save = useMutation({
    mutationFn: (settings: Program['settings']) =>
      unwrap(
        api.client.PATCH('/api/programs/{program_id}', {
          params: { path: { program_id: program.id }, header: ifMatch(program.version) },
          body: {
            name: name.trim(),
            organisation: organisation.trim(),
            time_zone: timeZone.trim(),
            settings,
          },
        }),
      ),
    onError: form.fail,
    onSuccess: (p) => {
      setSaved(true);
      queryClient.setQueryData(keys.program(p.id), p);
      void queryClient.invalidateQueries({ queryKey: keys.programs });
      void queryClient.invalidateQueries({ queryKey: keys.overview(p.id) });
      void queryClient.invalidateQueries({ queryKey: keys.me });
    },
  });

  const submit = () => {
    form.clear();
    setSaved(false);
    const { settings, errors } = draftToSettings(draft, program.settings);
    if (!settings) return form.invalid(errors);
    save.mutate(settings);
  };

  const setField = (key: string) => (value: string) =>
    setDraft((d) => ({ ...d, values: { ...d.values, [key]: value } }));
  const toggleMonth = (m: number) =>
    setDraft((d) => ({
      ...d,
      coaching_months: d.coaching_months.includes(m)
        ? d.coaching_months.filter((x) => x !== m)
        : sortProgramMonths([...d.coaching_months, m]),
    }));
  const setActivity = (i: number) => (a: ActivityCode) =>
    setDraft((d) => ({ ...d, activity_codes: d.activity_codes.map((x, j) => (j === i ? a : x)) }));
  const setActivities = (update: (codes: ActivityCode[]) => ActivityCode[]) => {
    // Row errors are by position: once rows are added, removed or restored, the next save checks them again.
    form.clear();
    setDraft((d) => ({ ...d, activity_codes: update(d.activity_codes) }));
  };

  return (
    <form onSubmit={preventDefault(submit)} noValidate>
      <fieldset disabled={!canManage} className="plain">
        <FormAlert problem={form.problem} onReload={onReload} />
        {saved && <Notice>Settings saved.</Notice>}
        <div className="card">
          <h2>Program</h2>
          <TextField name="name" label="Name" value={name} onChange={setName} error={form.field('name')} required />
          <TextField
            name="organisation"
            label="Organisation"
            value={organisation}
            onChange={setOrganisation}
            error={form.field('organisation')}
            required
          />
          <TextField
            name="time_zone"
            label="Time zone"
            value={timeZone}
            onChange={setTimeZone}
            hint="An IANA zone name, e.g. America/Los_Angeles."
            error={form.field('time_zone')}
            required
          />
          <p className="muted">Standards framework: {program.framework}</p>
        </div>

        <h2>Requirements</h2>
        <p className="muted">Times are in hours (4.5 = 4 hours 30 minutes); fees in dollars.</p>
        <div className="settings-grid">
          {SETTING_GROUPS.map((g) => (
            <fieldset key={g.title} className="card">
              <legend>{g.title}</legend>
              {g.fields.map((f) => (
                <TextField
                  key={f.key}
                  name={`settings.${f.key}`}
                  label={f.label}
                  value={draft.values[f.key] ?? ''}
                  onChange={setField(f.key)}
                  inputMode={f.kind === 'count' ? 'numeric' : 'decimal'}
                  error={form.field(`settings.${f.key}`)}
                  required
                />
              ))}
              {g.title === 'Coaching' && (
                <SelectField
                  name="settings.counted_log_state"
                  label="Coaching logs count once they are"
                  value={draft.counted_log_state}
                  onChange={(v) =>
                    setDraft((d) => ({ ...d, counted_log_state: v as SettingsDraft['counted_log_state'] }))
                  }
                  options={[
                    { value: 'submitted', label: 'Submitted by the coach' },
                    { value: 'acknowledged', label: 'Acknowledged by the candidate' },
                  ]}
                  error={form.field('settings.counted_log_state')}
                />
              )}
            </fieldset>
          ))}
          <CardFieldset legend="Months with required coaching" error={form.field('settings.coaching_months')}>
            <div className="months">
              {MONTH_NAMES.map((label, i) => {
                const m = i + 1;
                return (
                  <label key={m} className="checkbox">
                    <input
                      type="checkbox"
                      name="settings.coaching_months"
                      value={m}
                      checked={draft.coaching_months.includes(m)}
                      onChange={() => toggleMonth(m)}
                    />
                    {label}
                  </label>
                );
              })}
            </div>
          </CardFieldset>
        </div>
        <CardFieldset legend="Coaching log activities" error={form.field('settings.activity_codes')}>
          <p className="muted">
            The checkboxes on the coaching log. Numbered codes are listed as program requirements, single letters as
            job-embedded support.
          </p>
          <div className="activity-row" aria-hidden="true">
            <span>Code</span>
            <span>Activity</span>
          </div>
          <ol className="activity-list">
            {draft.activity_codes.map((a, i) => (
              <ActivityRow
                key={i}
                n={i + 1}
                activity={a}
                onChange={setActivity(i)}
                onRemove={canManage ? () => setActivities((codes) => codes.filter((_, j) => j !== i)) : undefined}
                error={form.field(activityCodeField(i))}
              />
            ))}
          </ol>
          {canManage && (
            <div className="actions">
              <button
                type="button"
                className="secondary"
                onClick={() => setActivities((codes) => [...codes, { code: '', label: '' }])}
              >
                Add activity
              </button>
              <button type="button" className="secondary" onClick={() => setActivities(() => DEFAULT_ACTIVITY_CODES)}>
                Restore the handbook’s list
              </button>
            </div>
          )}
        </CardFieldset>
        {canManage && (
          <div className="actions">
            <button type="submit" disabled={save.isPending}>
              {save.isPending ? 'Saving…' : 'Save settings'}
            </button>
          </div>
        )}
      </fieldset>
    </form>
  );
}

/** A card of several inputs under one legend, with one error announced for the group. */
function CardFieldset({ legend, error, children }: { legend: string; error?: string; children: ReactNode }) {
  const errorId = `${useId()}-error`;
  return (
    <fieldset className="card" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {children}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** One activity: its code and label, and the row's error announced with both inputs. */
function ActivityRow({
  n,
  activity,
  onChange,
  onRemove,
  error,
}: {
  n: number;
  activity: ActivityCode;
  onChange: (a: ActivityCode) => void;
  onRemove?: () => void;
  error?: string;
}) {
  const errorId = `${useId()}-error`;
  const aria = { 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? errorId : undefined } as const;
  return (
    <li className={`activity-row${error ? ' has-error' : ''}`}>
      <input
        {...aria}
        aria-label={`Code ${n}`}
        value={activity.code}
        onChange={(e) => onChange({ ...activity, code: e.target.value })}
      />
      <input
        {...aria}
        aria-label={`Activity ${n}`}
        value={activity.label}
        onChange={(e) => onChange({ ...activity, label: e.target.value })}
      />
      {onRemove && (
        <button type="button" className="secondary danger" aria-label={`Remove activity ${n}`} onClick={onRemove}>
          Remove
        </button>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </li>
  );
}

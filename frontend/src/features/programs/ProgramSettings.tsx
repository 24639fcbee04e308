import { useState } from 'react';
import type { ActivityCode, Program } from '../../api/types';
import { CardFieldset, FormAlert, SelectField, TextField, preventDefault, useFormProblem } from '../../components/forms';
import { Notice, QueryView } from '../../components/ui';
import { useProgramId } from '../../lib/context';
import { MONTH_NAMES } from '../../lib/labels';
import { useRecordDraft } from '../../lib/draft';
import { ActivityCodesField } from './ActivityCodesField';
import { useSaveProgram } from './mutations';
import { useFetchRequirementDefaults, useProgram } from './queries';
import {
  SETTING_GROUPS,
  activityCodeField,
  draftToSettings,
  settingsToDraft,
  sortProgramMonths,
  type SettingsDraft,
} from './settingsForm';

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
  const editable = program.can.edit;
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

  const save = useSaveProgram(program);

  const submit = () => {
    form.clear();
    setSaved(false);
    const { settings, errors } = draftToSettings(draft, program.settings);
    if (!settings) return form.invalid(errors);
    save.mutate(
      { name: name.trim(), organisation: organisation.trim(), time_zone: timeZone.trim(), settings },
      { onError: form.fail, onSuccess: () => setSaved(true) },
    );
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
  const setActivity = (i: number, a: ActivityCode) =>
    setDraft((d) => ({ ...d, activity_codes: d.activity_codes.map((x, j) => (j === i ? a : x)) }));
  const setActivities = (update: (codes: ActivityCode[]) => ActivityCode[]) => {
    // Row errors are by position: once rows are added, removed or restored, the next save checks them again.
    form.clear();
    setDraft((d) => ({ ...d, activity_codes: update(d.activity_codes) }));
  };
  // The handbook's list is asked for when it is restored, not with every visit to the settings.
  const fetchDefaults = useFetchRequirementDefaults();
  const [restoring, setRestoring] = useState(false);
  const restoreHandbook = () => {
    setRestoring(true);
    fetchDefaults()
      .then((defaults) => setActivities(() => defaults.activity_codes.map((a) => ({ ...a }))))
      .catch(form.fail)
      .finally(() => setRestoring(false));
  };

  return (
    <form onSubmit={preventDefault(submit)} noValidate>
      <fieldset disabled={!editable} className="plain">
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
              {g.fields.map((f) =>
                f.kind === 'month' ? (
                  <SelectField
                    key={f.key}
                    name={`settings.${f.key}`}
                    label={f.label}
                    value={draft.values[f.key] ?? ''}
                    onChange={setField(f.key)}
                    options={MONTH_NAMES.map((label, i) => ({ value: String(i + 1), label }))}
                    error={form.field(`settings.${f.key}`)}
                    required
                  />
                ) : (
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
                ),
              )}
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
        <ActivityCodesField
          codes={draft.activity_codes}
          onChange={setActivities}
          onEdit={setActivity}
          onRestore={restoreHandbook}
          restoring={restoring}
          editable={editable}
          field={form.field}
        />
        {editable && (
          <div className="actions">
            <button type="submit" disabled={save.isPending || restoring}>
              {save.isPending ? 'Saving…' : 'Save settings'}
            </button>
          </div>
        )}
      </fieldset>
    </form>
  );
}

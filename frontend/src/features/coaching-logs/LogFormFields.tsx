import type { ActivityCode, LogMode } from '../../api/types';
import { CheckboxField, ChoiceGroup, DurationField, TextField } from '../../components/forms';
import { toggle } from '../../lib/lists';
import { StandardsField } from '../standards/StandardsField';
import type { LogDraft } from './coachingLog';
import {
  LOG_FIELDS,
  MODE_LABELS,
  SUPPORT_MODES,
  groupActivityCodes,
  type LogFieldKind,
  type LogFieldSpec,
} from './logFields';

interface Props {
  /** The program's activities. */
  codes: ActivityCode[];
  draft: LogDraft;
  set: <K extends keyof LogDraft>(key: K, value: LogDraft[K]) => void;
  /** The message beside a field, by its API name. */
  error: (field: string) => string | undefined;
}

/** Short inputs next to each other share a row; the two checklists sit side by side. */
const ROW_CLASS: Partial<Record<LogFieldKind, string>> = {
  date: 'log-form-grid',
  time: 'log-form-grid',
  duration: 'log-form-grid',
  activities: 'log-form-grid wide',
  standards: 'log-form-grid wide',
};

function rowsOf(fields: readonly LogFieldSpec[]): LogFieldSpec[][] {
  const rows: LogFieldSpec[][] = [];
  for (const f of fields) {
    const last = rows.at(-1);
    const shared = ROW_CLASS[f.kind];
    if (last && shared && ROW_CLASS[last[0]!.kind] === shared) last.push(f);
    else rows.push([f]);
  }
  return rows;
}

/** The coaching log's inputs, in the order and with the labels of `LOG_FIELDS`. */
export function LogFormFields(props: Props) {
  return rowsOf(LOG_FIELDS).flatMap((row) => {
    const inputs = row.map((f) => <LogFieldInput key={f.key} field={f} {...props} />);
    const shared = ROW_CLASS[row[0]!.kind];
    return shared ? [<div key={row[0]!.key} className={shared}>{inputs}</div>] : inputs;
  });
}

function LogFieldInput({ field: f, draft, set, error, codes }: Props & { field: LogFieldSpec }) {
  switch (f.kind) {
    case 'date':
    case 'time':
      return (
        <TextField
          name={f.key}
          label={f.label}
          type={f.kind}
          value={draft[f.key]}
          onChange={(v) => set(f.key, v)}
          error={error(f.key)}
          required={f.required}
        />
      );
    case 'duration':
      return (
        <DurationField
          name="duration"
          legend={f.label}
          hours={draft.duration[0]}
          minutes={draft.duration[1]}
          onChange={(h, m) => set('duration', [h, m])}
          error={error(f.key)}
          required={f.required}
        />
      );
    case 'mode':
      return (
        <ChoiceGroup
          name={f.key}
          legend={f.label}
          type="radio"
          groups={[
            { options: [{ value: 'face_to_face', label: MODE_LABELS.face_to_face }] },
            { label: 'System of support', options: SUPPORT_MODES.map((m) => ({ value: m, label: MODE_LABELS[m] })) },
          ]}
          values={draft.mode ? [draft.mode] : []}
          onToggle={(v) => set('mode', v as LogMode)}
          error={error(f.key)}
          required={f.required}
        />
      );
    case 'activities': {
      const order = codes.map((c) => c.code);
      return (
        <ChoiceGroup
          name={f.key}
          legend={f.label}
          type="checkbox"
          groups={groupActivityCodes(codes).map((g) => ({
            label: g.label,
            options: g.codes.map((c) => ({ value: c.code, label: `${c.code}. ${c.label}` })),
          }))}
          values={draft.activity_codes}
          onToggle={(v, on) => set('activity_codes', toggle(draft.activity_codes, v, on, order))}
          error={error(f.key)}
          required={f.required}
        />
      );
    }
    case 'standards':
      return (
        <StandardsField
          name={f.key}
          legend={f.label}
          values={draft.standards}
          onChange={(v) => set('standards', v)}
          error={error(f.key)}
          required={f.required}
        />
      );
    case 'text':
      return (
        <TextField
          name={f.key}
          label={f.label}
          multiline
          value={draft[f.key]}
          onChange={(v) => set(f.key, v)}
          error={error(f.key)}
          required={f.required}
        />
      );
    case 'yes-no':
      return (
        <CheckboxField
          name={f.key}
          label={f.label}
          checked={draft.follow_up_done}
          onChange={(v) => set('follow_up_done', v)}
          error={error(f.key)}
        />
      );
  }
}

import { useId } from 'react';
import type { ActivityCode } from '../../api/types';
import { CardFieldset } from '../../components/forms';
import { activityCodeField } from './settingsForm';

interface Props {
  codes: ActivityCode[];
  /** Rows added, removed or restored (a row's own inputs go through `onEdit`). */
  onChange: (update: (codes: ActivityCode[]) => ActivityCode[]) => void;
  onEdit: (i: number, activity: ActivityCode) => void;
  /** Puts the handbook's list back (loaded from the server); `restoring` while it loads. */
  onRestore: () => void;
  restoring: boolean;
  /** Without it the list is read-only. */
  editable: boolean;
  field: (name: string) => string | undefined;
}

/** The checkboxes the coaching log offers, as the program lists them. */
export function ActivityCodesField({ codes, onChange, onEdit, onRestore, restoring, editable, field }: Props) {
  return (
    <CardFieldset legend="Coaching log activities" error={field('settings.activity_codes')}>
      <p className="muted">
        The checkboxes on the coaching log. Numbered codes are listed as program requirements, single letters as
        job-embedded support.
      </p>
      <div className="activity-row" aria-hidden="true">
        <span>Code</span>
        <span>Activity</span>
      </div>
      <ol className="activity-list">
        {codes.map((a, i) => (
          <ActivityRow
            key={i}
            n={i + 1}
            activity={a}
            onChange={(changed) => onEdit(i, changed)}
            onRemove={editable ? () => onChange((list) => list.filter((_, j) => j !== i)) : undefined}
            error={field(activityCodeField(i))}
          />
        ))}
      </ol>
      {editable && (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            disabled={restoring}
            onClick={() => onChange((list) => [...list, { code: '', label: '' }])}
          >
            Add activity
          </button>
          <button type="button" className="secondary" disabled={restoring} aria-busy={restoring || undefined} onClick={onRestore}>
            Restore the handbook’s list
          </button>
        </div>
      )}
    </CardFieldset>
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

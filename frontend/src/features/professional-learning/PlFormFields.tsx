import { SelectField, TextField } from '../../components/forms';
import { StandardsField } from '../standards/StandardsField';
import { IlpSelect } from './IlpSelect';
import { PL_FIELDS, plFieldAnchor } from './plFields';
import type { PlDraft } from './plForm';
import { PLACEMENTS } from './plLabels';

export interface PlFormProps {
  enrollmentId: string;
  draft: PlDraft;
  /** Changes the form; `touched` are the keys of the messages the change answers. */
  edit: (update: (d: PlDraft) => PlDraft, touched: string[]) => void;
  /** The message beside a field, by the API's field name. */
  error: (key: string) => string | undefined;
}

const PLACEMENT_OPTIONS = PLACEMENTS.map((p) => ({ value: String(p.value), label: p.label }));

/** The PL reflection form's inputs, in the handbook's order, with its questions as labels. */
export function PlFormFields({ enrollmentId, draft, edit, error }: PlFormProps) {
  const set = <K extends keyof PlDraft>(key: K, value: PlDraft[K], touched: string = key) =>
    edit((d) => ({ ...d, [key]: value }), [touched]);
  const placement = (v: string) => (v === '' ? null : Number(v));
  return (
    <>
      <div className="pl-fields">
        <div id={plFieldAnchor('title')}>
          <TextField
            name="title"
            label={PL_FIELDS.title.label}
            hint={PL_FIELDS.title.hint}
            required
            value={draft.title}
            onChange={(v) => set('title', v)}
            error={error('title')}
          />
        </div>
        <div id={plFieldAnchor('activity_date')}>
          <TextField
            name="activity_date"
            label={PL_FIELDS.activity_date.label}
            hint={PL_FIELDS.activity_date.hint}
            type="date"
            required
            value={draft.activity_date}
            onChange={(v) => set('activity_date', v)}
            error={error('activity_date')}
          />
        </div>
        <div id={plFieldAnchor('minutes')}>
          <TextField
            name="minutes"
            label={PL_FIELDS.minutes.label}
            hint={PL_FIELDS.minutes.hint}
            inputMode="decimal"
            required
            value={draft.hours}
            onChange={(v) => set('hours', v, 'minutes')}
            error={error('minutes')}
          />
        </div>
      </div>
      <div id={plFieldAnchor('ilp_id')}>
        <IlpSelect
          enrollmentId={enrollmentId}
          label={PL_FIELDS.ilp_id.label}
          value={draft.ilp_id}
          onChange={(v) => set('ilp_id', v)}
          error={error('ilp_id')}
        />
      </div>
      <div id={plFieldAnchor('standards')}>
        <StandardsField
          name="standards"
          legend={PL_FIELDS.standards.label}
          values={draft.standards}
          onChange={(v) => set('standards', v)}
          error={error('standards')}
          required
        />
      </div>
      <div className="pl-fields">
        <div id={plFieldAnchor('placement_before')}>
          <SelectField
            name="placement_before"
            label={PL_FIELDS.placement_before.label}
            required
            value={draft.placement_before === null ? '' : String(draft.placement_before)}
            onChange={(v) => set('placement_before', placement(v))}
            options={PLACEMENT_OPTIONS}
            placeholder="Choose a placement"
            error={error('placement_before')}
          />
        </div>
        <div id={plFieldAnchor('placement_after')}>
          <SelectField
            name="placement_after"
            label={PL_FIELDS.placement_after.label}
            hint={PL_FIELDS.placement_after.hint}
            value={draft.placement_after === null ? '' : String(draft.placement_after)}
            onChange={(v) => set('placement_after', placement(v))}
            options={PLACEMENT_OPTIONS}
            placeholder="Not given"
            error={error('placement_after')}
          />
        </div>
      </div>
      <div id={plFieldAnchor('summary')}>
        <TextField
          name="summary"
          label={PL_FIELDS.summary.label}
          multiline
          required
          value={draft.summary}
          onChange={(v) => set('summary', v)}
          error={error('summary')}
        />
      </div>
    </>
  );
}

import { useState } from 'react';
import type { CostStructure, Enrollment, EnrollmentFees, FeePayer } from '../../api/types';
import { FormSection, RecordForm, SelectField, TextField, useDraft, useFormProblem } from '../../components/forms';
import { Notice } from '../../components/ui';
import { COST_STRUCTURE_LABELS, FEE_PLAN_LABELS, formatDate, labelOptions } from '../../lib/labels';
import { useDistricts } from '../programs/queries';
import { useChangeFeePlan } from './mutations';

const FIELDS = ['effective_on', 'cost_structure', 'payer', 'district_id', 'note'] as const;

interface Draft {
  effective_on: string;
  cost_structure: CostStructure;
  payer: FeePayer;
  district_id: string;
  note: string;
}

const draftOf = (e: Enrollment): Draft => ({
  effective_on: '',
  cost_structure: e.cost_structure,
  payer: e.fee_payer,
  district_id: e.district_id,
  note: '',
});

/**
 * A coordinator records a change of district (or of who pays) from a day, the handbook's
 * "District Change": installments due before it, or already paid, stay; the rest follow the
 * new plan. The enrollment's version goes with it, so a change made meanwhile is not lost.
 */
export function ChangeFeePlan({ fees, enrollment, onReload }: { fees: EnrollmentFees; enrollment: Enrollment; onReload: () => void }) {
  const districts = useDistricts(enrollment.program_id);
  const [done, setDone] = useState<string | null>(null);
  const { draft, setDraft, set } = useDraft<Draft>(() => draftOf(enrollment), () => setDone(null));
  const form = useFormProblem(FIELDS);
  const change = useChangeFeePlan(enrollment);
  const submit = () => {
    form.clear();
    setDone(null);
    if (!draft.effective_on) return form.invalid({ effective_on: 'Give the day the new plan starts.' });
    const note = draft.note.trim();
    change.mutate(
      {
        effective_on: draft.effective_on,
        cost_structure: draft.cost_structure,
        payer: draft.payer,
        district_id: draft.district_id,
        ...(note ? { note } : {}),
      },
      {
        onError: form.fail,
        onSuccess: () => {
          setDone(`The plan changes from ${formatDate(draft.effective_on)}.`);
          setDraft((d) => ({ ...d, effective_on: '', note: '' }));
        },
      },
    );
  };
  return (
    <FormSection id="change-fee-plan" title="Change of district or payer" card>
      <p className="hint">
        From the day given, the remaining installments follow the new plan of {fees.candidate.display_name}; paid ones and those due
        before stay as they are.
      </p>
      {done && <Notice>{done}</Notice>}
      <RecordForm
        problem={form.problem}
        onSubmit={submit}
        onReload={onReload}
        submitLabel={change.isPending ? 'Saving…' : 'Change the plan'}
        pending={change.isPending}
      >
        <TextField
          name="effective_on"
          label="From"
          type="date"
          required
          value={draft.effective_on}
          onChange={set('effective_on')}
          error={form.field('effective_on')}
        />
        <SelectField
          name="district_id"
          label="District"
          required
          value={draft.district_id}
          onChange={set('district_id')}
          options={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          error={form.field('district_id')}
        />
        <SelectField
          name="cost_structure"
          label="Cost structure"
          required
          value={draft.cost_structure}
          onChange={set('cost_structure')}
          options={labelOptions(COST_STRUCTURE_LABELS)}
          error={form.field('cost_structure')}
        />
        <SelectField
          name="payer"
          label="Program fee paid by"
          required
          value={draft.payer}
          onChange={set('payer')}
          options={labelOptions(FEE_PLAN_LABELS)}
          error={form.field('payer')}
        />
        <TextField name="note" label="Note" value={draft.note} onChange={set('note')} error={form.field('note')} />
      </RecordForm>
    </FormSection>
  );
}

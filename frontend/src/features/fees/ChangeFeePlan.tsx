import { useState } from 'react';
import type { CostStructure, Enrollment, EnrollmentFees, FeePlan } from '../../api/types';
import { FormSection, RecordForm, SelectField, TextField, useDraft, useFormProblem } from '../../components/forms';
import { Notice } from '../../components/ui';
import { COST_STRUCTURE_LABELS, formatDate, labelOptions } from '../../lib/labels';
import { useDistricts } from '../programs/queries';
import { FeePlanFields } from './FeePlanFields';
import { partAsTyped, partErrors, partOf } from './feePlan';
import { useChangeFeePlan } from './mutations';
import { useProgramFee } from './queries';

const FIELDS = ['effective_on', 'cost_structure', 'payer', 'candidate_fee_cents', 'district_id', 'note'] as const;

interface Draft {
  effective_on: string;
  cost_structure: CostStructure;
  payer: FeePlan;
  /** Plan C: the candidate's part of the new program fee, in dollars as typed. */
  candidate_fee: string;
  district_id: string;
  note: string;
}

const draftOf = (e: Enrollment): Draft => ({
  effective_on: '',
  cost_structure: e.cost_structure,
  payer: e.fee_payer,
  candidate_fee: partAsTyped(e.candidate_fee_cents),
  district_id: e.district_id,
  note: '',
});

/**
 * A coordinator records a change of district (or of who pays, or of a split plan's part) from a
 * day, the handbook's "District Change": installments due before it, or already paid, stay; the
 * rest follow the new plan. The enrollment's version goes with it, so a change made meanwhile is
 * not lost.
 */
export function ChangeFeePlan({ fees, enrollment, onReload }: { fees: EnrollmentFees; enrollment: Enrollment; onReload: () => void }) {
  const districts = useDistricts(enrollment.program_id);
  const [done, setDone] = useState<string | null>(null);
  const { draft, setDraft, set } = useDraft<Draft>(() => draftOf(enrollment), () => setDone(null));
  const form = useFormProblem(FIELDS);
  const change = useChangeFeePlan(enrollment);
  const programFee = useProgramFee(draft.payer === 'split' ? enrollment.program_id : null, draft.cost_structure);
  const submit = () => {
    form.clear();
    setDone(null);
    const local = partErrors(draft.payer, draft.candidate_fee, programFee);
    if (!draft.effective_on) local.effective_on = 'Give the day the new plan starts.';
    if (Object.keys(local).length) return form.invalid(local);
    const note = draft.note.trim();
    change.mutate(
      {
        effective_on: draft.effective_on,
        cost_structure: draft.cost_structure,
        payer: draft.payer,
        ...partOf(draft.payer, draft.candidate_fee),
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
        <FeePlanFields
          name="payer"
          plan={draft.payer}
          part={draft.candidate_fee}
          onPlan={set('payer')}
          onPart={set('candidate_fee')}
          programFee={programFee}
          field={form.field}
        />
        <TextField name="note" label="Note" value={draft.note} onChange={set('note')} error={form.field('note')} />
      </RecordForm>
    </FormSection>
  );
}

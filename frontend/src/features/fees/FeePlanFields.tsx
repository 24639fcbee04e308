import type { FeePlan } from '../../api/types';
import { SelectField, TextField } from '../../components/forms';
import { FEE_PLAN_LABELS, labelOptions } from '../../lib/labels';
import { agencyPartHint } from './feePlan';

/**
 * Who pays the program fee, as the participation agreement's plans; Plan C asks for the
 * candidate's part in dollars, with what the agency pays of the `programFee` (when known) as its
 * hint. `name` is the request's field for the plan; the part's errors come as `candidate_fee_cents`.
 */
export function FeePlanFields({
  name,
  plan,
  part,
  onPlan,
  onPart,
  programFee,
  field,
}: {
  name: 'fee_payer' | 'payer';
  plan: FeePlan;
  part: string;
  onPlan: (plan: FeePlan) => void;
  onPart: (part: string) => void;
  programFee: number | undefined;
  field: (name: string) => string | undefined;
}) {
  return (
    <>
      <SelectField
        name={name}
        label="Program fee paid by"
        required
        value={plan}
        onChange={(v) => onPlan(v as FeePlan)}
        options={labelOptions(FEE_PLAN_LABELS)}
        hint="Plan A: the agency or district pays one installment a program year; Plan B: the candidate pays two; Plan C: both share each of the two."
        error={field(name)}
      />
      {plan === 'split' && (
        <TextField
          name="candidate_fee_cents"
          label="Candidate’s part of the program fee (dollars)"
          required
          inputMode="decimal"
          autoComplete="off"
          value={part}
          onChange={onPart}
          hint={agencyPartHint(part, programFee)}
          error={field('candidate_fee_cents')}
        />
      )}
    </>
  );
}

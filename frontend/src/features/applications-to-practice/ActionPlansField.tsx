import type { ReactNode } from 'react';
import type { FocusPlan, Rating } from '../../api/types';
import { SelectField, TextField } from '../../components/forms';
import { RATING_SCALE, ratingText } from '../reflections/ratingScale';
import { PLAN_TEXTS, elementTitle, type PlanText } from './atpFields';
import { changePlan, planKey, planOf } from './atpForm';
import type { AtpFieldsProps } from './PicksField';

interface Props extends AtpFieldsProps {
  /** Each element's interim score (read-only: the interim reflection's). */
  interim: Record<string, Rating | null>;
  /** What follows a focus element's plan (its comments). */
  afterPlan?: (element: string) => ReactNode;
}

/** The desired score: the rubric's 0–4, in the rating scale's words. */
const DESIRED = RATING_SCALE.filter((p) => p.rating !== 'n/a').map((p) => ({ value: String(p.rating), label: `${p.short} ${p.words}` }));

/** The handbook's action plan: for each element of focus, its interim score, the score desired and the plans. */
export function ActionPlansField({ draft, elements, interim, edit, error, afterPlan }: Props) {
  const whole = error('action_plans');
  return (
    <section className="card" id="atp-action-plans" aria-labelledby="action-plans-title">
      <h2 id="action-plans-title">Action plan</h2>
      <p className="hint">
        For each element of focus: the score desired at the completion of the program, what your coach might do to support
        you, what you plan this coming year, and ILP revisions or new ILPs.
      </p>
      {whole && <p className="field-error">{whole}</p>}
      {draft.focus.length === 0 && <p className="muted">Choose the elements of focus in Part 2 first: each gets its plan here.</p>}
      {draft.focus.map((f) => (
        <PlanFields
          key={f.element}
          title={elementTitle(f.element, elements)}
          plan={planOf(draft, f.element)}
          interim={interim[f.element] ?? null}
          set={(change) =>
            edit(
              (d) => changePlan(d, f.element, change),
              [planKey(f.element, 'element'), ...Object.keys(change).map((k) => planKey(f.element, k as PlanText))],
            )
          }
          error={(field) => error(planKey(f.element, field))}
        >
          {afterPlan?.(f.element)}
        </PlanFields>
      ))}
    </section>
  );
}

interface PlanProps {
  title: string;
  plan: FocusPlan;
  interim: Rating | null;
  set: (change: Partial<Omit<FocusPlan, 'element'>>) => void;
  error: (field: Parameters<typeof planKey>[1]) => string | undefined;
  children?: ReactNode;
}

function PlanFields({ title, plan, interim, set, error, children }: PlanProps) {
  const code = plan.element;
  const whole = error('element');
  return (
    <fieldset className="atp-plan" id={`plan-${code}`}>
      <legend>Action plan for {title}</legend>
      {whole && <p className="field-error">{whole}</p>}
      <p>
        Interim score: <strong>{ratingText(interim)}</strong> <span className="hint">(from the interim reflection)</span>
      </p>
      <SelectField
        name={`plan.${code}.desired_score`}
        label="Desired score at the completion of the program"
        value={plan.desired_score === null ? '' : String(plan.desired_score)}
        placeholder="Choose a score…"
        options={DESIRED}
        onChange={(v) => set({ desired_score: v === '' ? null : Number(v) })}
        error={error('desired_score')}
      />
      {PLAN_TEXTS.map((t) => (
        <TextField
          key={t.key}
          name={`plan.${code}.${t.key}`}
          label={t.label}
          multiline
          value={plan[t.key]}
          onChange={(v) => set({ [t.key]: v })}
          error={error(t.key)}
        />
      ))}
      {children}
    </fieldset>
  );
}

import type { ReactNode } from 'react';
import type { ActionStep, Ilp, Standard } from '../../api/types';
import { formatDate } from '../../lib/labels';
import { ILP_FIELDS, ILP_STATUS_LABELS, STEP_FIELDS, ilpField, ilpFieldText, stepFieldText, type IlpFieldSpec } from './ilpFields';

/** "ILP – Sofia Alvarez – Nov 20, 2026", as the handbook names a plan. */
export function ilpName(ilp: Ilp): string {
  return `ILP – ${ilp.candidate.display_name} – ${formatDate(ilp.created_at)}`;
}

interface SheetProps {
  ilp: Ilp;
  standards: Standard[];
  /** What follows each action step on screen (its comments). */
  afterStep?: (step: ActionStep, number: number) => ReactNode;
}

/** A plan laid out like the handbook's ILP example, read-only: each question and its answer. */
export function IlpSheet({ ilp, standards, afterStep }: SheetProps) {
  return (
    <div className="ilp-sheet">
      <dl className="facts">
        <dt>Candidate</dt>
        <dd>{ilp.candidate.display_name}</dd>
        <dt>{ilpField('program_year')!.label}</dt>
        <dd>Year {ilp.program_year}</dd>
        <dt>Status</dt>
        <dd>{ILP_STATUS_LABELS[ilp.status]}</dd>
        <dt>{ilpField('date_created')!.label}</dt>
        <dd>{formatDate(ilp.date_created ?? ilp.created_at)}</dd>
      </dl>
      {ILP_FIELDS.filter((f) => f.kind !== 'year' && f.kind !== 'date').map((f) =>
        f.kind === 'steps' ? (
          <ActionPlan key={f.key} field={f} ilp={ilp} afterStep={afterStep} />
        ) : (
          <Answer key={f.key} label={f.label} text={ilpFieldText(f, ilp, standards)} />
        ),
      )}
    </div>
  );
}

function Answer({ label, text }: { label: string; text: string | null }) {
  return (
    <section className="ilp-answer">
      <h2>{label}</h2>
      {text ? <p className="prose">{text}</p> : <p className="muted">—</p>}
    </section>
  );
}

function ActionPlan({ field, ilp, afterStep }: { field: IlpFieldSpec; ilp: Ilp; afterStep: SheetProps['afterStep'] }) {
  return (
    <section className="ilp-answer">
      <h2>{field.label}</h2>
      {ilp.steps.length === 0 && <p className="muted">No action steps yet.</p>}
      {ilp.steps.map((step, i) => (
        <section key={step.id} className="ilp-step" aria-labelledby={`step-${step.id}`}>
          <h3 id={`step-${step.id}`}>Action step {i + 1}</h3>
          {ilp.steps_due_after_end.includes(step.id) && (
            <p className="alert alert-info" role="note">
              Due after the candidate’s program ends: plan to attain it before then, or ask for an extension.
            </p>
          )}
          {STEP_FIELDS.map((f) => {
            const text = stepFieldText(f, step);
            return (
              <div key={f.key} className="step-answer">
                <h4>{f.label}</h4>
                {text ? <p className="prose">{text}</p> : <p className="muted">—</p>}
              </div>
            );
          })}
          {afterStep?.(step, i + 1)}
        </section>
      ))}
    </section>
  );
}

import type { ReactNode } from 'react';
import type { ApplicationToPractice, ElementReason, StandardElement } from '../../api/types';
import { ratingText } from '../reflections/ratingScale';
import { COUNTS_LABEL, IMPACT_LABEL, PART_TITLES, PLAN_TEXTS, elementTitle, type Part } from './atpFields';
import { planOf } from './atpForm';

interface Props {
  atp: ApplicationToPractice;
  elements: StandardElement[];
  /** What follows each focus element's plan on screen (its comments). */
  afterPlan?: (element: string) => ReactNode;
}

/** An Application to Practice laid out like the handbook's form, read-only. */
export function AtpSheet({ atp, elements, afterPlan }: Props) {
  return (
    <div className="atp-sheet">
      <Picks part="most_growth" picks={atp.most_growth} elements={elements} />
      <Picks part="focus" picks={atp.focus} elements={elements} />
      <section className="atp-answer" aria-labelledby="sheet-plans">
        <h2 id="sheet-plans">Action plan</h2>
        {atp.focus.length === 0 && <p className="muted">No elements of focus yet.</p>}
        {atp.focus.map((f) => {
          const plan = planOf(atp, f.element);
          const saved = atp.action_plans.find((p) => p.element === f.element);
          const title = elementTitle(f.element, elements);
          return (
            <section key={f.element} className="atp-plan" aria-labelledby={`sheet-plan-${f.element}`}>
              <h3 id={`sheet-plan-${f.element}`}>Action plan for {title}</h3>
              <dl className="facts">
                <dt>Interim score</dt>
                <dd>{ratingText(saved?.interim_score)}</dd>
                <dt>Desired score</dt>
                <dd>{ratingText(plan.desired_score)}</dd>
                {PLAN_TEXTS.map((t) => (
                  <Fact key={t.key} term={t.short} text={plan[t.key]} />
                ))}
              </dl>
              {afterPlan?.(f.element)}
            </section>
          );
        })}
      </section>
      <section className="atp-answer" aria-labelledby="sheet-impact">
        <h2 id="sheet-impact">{IMPACT_LABEL}</h2>
        {atp.impact ? <p className="prose">{atp.impact}</p> : <p className="muted">—</p>}
      </section>
      <p>
        {COUNTS_LABEL}: <strong>{atp.counts_for_pl ? 'Yes' : 'No'}</strong>
      </p>
    </div>
  );
}

function Fact({ term, text }: { term: string; text: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{text ? <span className="prose">{text}</span> : <span className="muted">—</span>}</dd>
    </>
  );
}

function Picks({ part, picks, elements }: { part: Part; picks: ElementReason[]; elements: StandardElement[] }) {
  return (
    <section className="atp-answer" aria-labelledby={`sheet-${part}`}>
      <h2 id={`sheet-${part}`}>{PART_TITLES[part]}</h2>
      {picks.length === 0 ? (
        <p className="muted">None chosen yet.</p>
      ) : (
        <ol className="atp-reasons">
          {picks.map((p) => (
            <li key={p.element}>
              <strong>{elementTitle(p.element, elements)}</strong>
              {p.reason ? <p className="prose">{p.reason}</p> : <p className="muted">No reason given yet.</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import type { ActionStep, Ilp, IlpRevision, Standard } from '../../api/types';
import type { FieldChange } from '../../components/RevisionTable';
import { ILP_STATUS_LABELS, STEP_FIELDS, ilpField, ilpFieldText, stepFieldText } from './ilpFields';

export const ILP_ACTION_LABELS: Record<string, string> = {
  edited: 'Edited',
  activated: 'Put into action',
  completed: 'Completed',
};

const EMPTY = '(empty)';

function short(text: string): string {
  const t = text.trim();
  if (!t) return EMPTY;
  return t.length > 60 ? `${t.slice(0, 58)}…` : t;
}

/** "1. Meet the chairs; 2. Build the schedule" */
function listed(steps: ActionStep[]): string {
  return steps.map((s, i) => `${i + 1}. ${short(s.step)}`).join('; ');
}

/**
 * What changed in the action steps, step by step: steps added and removed, each changed field
 * of a step (numbered as after the change), and a new order.
 */
export function stepChanges(before: ActionStep[], after: ActionStep[]): FieldChange[] {
  const lines: FieldChange[] = [];
  before.forEach((b, i) => {
    if (!after.some((a) => a.id === b.id)) lines.push({ label: `Action step ${i + 1}`, before: short(b.step), after: '(removed)' });
  });
  after.forEach((a, i) => {
    const b = before.find((s) => s.id === a.id);
    if (!b) {
      lines.push({ label: `Action step ${i + 1}`, before: '(new)', after: short(a.step) });
      return;
    }
    for (const f of STEP_FIELDS) {
      const was = stepFieldText(f, b) ?? EMPTY;
      const is = stepFieldText(f, a) ?? EMPTY;
      if (was !== is) lines.push({ label: `Action step ${i + 1}, ${f.label}`, before: was, after: is });
    }
  });
  const both = (list: ActionStep[], other: ActionStep[]) => list.filter((s) => other.some((o) => o.id === s.id));
  const kept = [both(before, after), both(after, before)] as const;
  if (kept[0].map((s) => s.id).join() !== kept[1].map((s) => s.id).join()) {
    lines.push({ label: 'Order of the action steps', before: listed(kept[0]), after: listed(kept[1]) });
  }
  return lines;
}

/** A changed field's lines, labelled as the form labels it. */
function fieldChanges(name: string, before: Ilp, after: Ilp, standards: Standard[]): FieldChange[] {
  if (name === 'status') return [{ label: 'Status', before: ILP_STATUS_LABELS[before.status], after: ILP_STATUS_LABELS[after.status] }];
  if (name === 'steps') return stepChanges(before.steps, after.steps);
  const field = ilpField(name);
  const text = (ilp: Ilp) => {
    const value = field ? ilpFieldText(field, ilp, standards) : (ilp as unknown as Record<string, unknown>)[name];
    return value === null || value === undefined || value === '' ? EMPTY : String(value);
  };
  return [{ label: field?.label ?? name.replace(/_/g, ' '), before: text(before), after: text(after) }];
}

/** What a revision changed, from the plan as it read before to as it read after. */
export function ilpRevisionChanges(r: IlpRevision, after: Ilp, standards: Standard[]): FieldChange[] {
  return r.changed_fields.flatMap((f) => fieldChanges(f, r.before, after, standards));
}

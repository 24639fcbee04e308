import type { ElementGrowth } from '../../api/types';
import { ElementGrowthTable } from '../reflections/ElementGrowthTable';
import { TERMS } from '../reflections/ratingScale';
import { useStandards } from '../standards/queries';
import '../reflections/reflections.css';

/** The growth item's evidence: the ending reflection element by element, beside the earlier terms. */
export function GrowthTable({ growth }: { growth: ElementGrowth[] }) {
  const standards = useStandards();
  const titleOf = (code: string) => standards.data?.flatMap((s) => s.elements).find((el) => el.code === code)?.title ?? '';
  return (
    <section aria-labelledby="completion-growth">
      <h2 id="completion-growth">Growth on the reflection, element by element</h2>
      <p className="muted">The expectation is every element at “meets” (3) or above on the ending reflection.</p>
      <ElementGrowthTable elements={growth} terms={TERMS} titleOf={titleOf} />
    </section>
  );
}

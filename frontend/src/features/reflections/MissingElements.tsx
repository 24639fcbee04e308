import type { StandardElement } from '../../api/types';
import { elementsNamed, type ElementErrors, type ReflectionProblem } from './reflectionForm';

function messages(errors: ElementErrors): string {
  return [errors.element, errors.rating, errors.evidence, errors.next_steps].filter(Boolean).join('; ');
}

/**
 * A refused submission: every element the server named, each a link to the element (where the
 * same message stands beside the field).
 */
export function MissingElements({ problem, elements }: { problem: ReflectionProblem; elements: StandardElement[] }) {
  const codes = elementsNamed(problem);
  if (!codes.length) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p>
        Not submitted: {codes.length === 1 ? '1 element is' : `${codes.length} elements are`} not complete yet. Each element
        needs a rating, and evidence unless it is N/A.
      </p>
      <ul className="missing-elements">
        {codes.map((code) => (
          <li key={code}>
            <a href={`#element-${code}`}>
              {code} {elements.find((e) => e.code === code)?.title ?? ''}
            </a>
            : {messages(problem.elements[code]!)}
          </li>
        ))}
      </ul>
    </div>
  );
}

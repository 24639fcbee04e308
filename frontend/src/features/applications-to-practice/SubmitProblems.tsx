import type { FormProblem } from '../../api/problem';
import type { StandardElement } from '../../api/types';
import { fieldPlace } from './atpFields';

/**
 * A refused submission: everything the server named, each a link to where the same message
 * stands beside its field.
 */
export function SubmitProblems({ problem, elements }: { problem: FormProblem; elements: StandardElement[] }) {
  const named = Object.entries(problem.fields);
  if (!named.length) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p>
        Not submitted: {named.length === 1 ? '1 thing is' : `${named.length} things are`} missing or to be changed, each also
        marked beside its field.
      </p>
      <ul className="atp-missing">
        {named.map(([key, message]) => {
          const place = fieldPlace(key, elements);
          return (
            <li key={key}>
              <a href={`#${place.anchor}`}>{place.label}</a>: {message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

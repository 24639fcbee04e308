import type { FormProblem } from '../../api/problem';
import { PL_FIELDS, plFieldAnchor, type PlFieldKey } from './plFields';

/** A refused submission: what the server named, each a link to the field where the same message stands. */
export function PlSubmitProblems({ problem }: { problem: FormProblem }) {
  const named = Object.entries(problem.fields) as [PlFieldKey, string][];
  if (!named.length) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p>Not submitted: {named.length === 1 ? '1 answer is' : `${named.length} answers are`} missing or to be changed, each also marked beside its field.</p>
      <ul>
        {named.map(([key, message]) => (
          <li key={key}>
            <a href={`#${plFieldAnchor(key)}`}>{PL_FIELDS[key]?.label ?? key}</a>: {message}
          </li>
        ))}
      </ul>
    </div>
  );
}

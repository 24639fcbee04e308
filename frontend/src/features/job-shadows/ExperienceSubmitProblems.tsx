import type { FormProblem } from '../../api/problem';
import type { ExperienceKind } from '../../api/types';
import { experienceField, experienceFieldAnchor, type ExperienceFieldKey } from './experienceFields';

/** A refused submission: each answer the server named, a link to the field where the same message stands. */
export function ExperienceSubmitProblems({ kind, problem }: { kind: ExperienceKind; problem: FormProblem }) {
  const named = Object.entries(problem.fields);
  if (!named.length) return null;
  return (
    <div className="alert alert-error" role="alert">
      <p>Not submitted: {named.length === 1 ? '1 answer is' : `${named.length} answers are`} missing or to be changed, each also marked beside its field.</p>
      <ul>
        {named.map(([key, message]) => (
          <li key={key}>
            <a href={`#${experienceFieldAnchor(key as ExperienceFieldKey)}`}>{experienceField(kind, key)?.label ?? key}</a>: {message}
          </li>
        ))}
      </ul>
    </div>
  );
}

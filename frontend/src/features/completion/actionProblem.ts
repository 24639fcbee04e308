import { formProblem, type FormProblem } from '../../api/problem';

const STALE = 'Someone else changed this form meanwhile: it now shows as it is. Check it, then try again if it still applies.';

/**
 * What to say when a confirmation, a take-back or a signature is refused: the server's field
 * errors beside `fields`, anything else (a 409 once someone has signed) on top, and for a 412
 * that the form on screen is already the current one.
 */
export function actionProblem(err: unknown, fields: readonly string[] = []): FormProblem {
  const p = formProblem(err, fields);
  return p.conflict ? { ...p, general: [STALE] } : p;
}

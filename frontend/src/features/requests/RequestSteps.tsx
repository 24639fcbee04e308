import type { RequestStep } from '../../api/types';
import { formatInstant } from '../../lib/labels';
import { RequestStatusBadge } from './RequestStatusBadge';

/** Every step of the request, oldest first: where it went, who took it there, when, and their note. */
export function RequestSteps({ steps }: { steps: RequestStep[] }) {
  return (
    <section aria-labelledby="request-steps">
      <h2 id="request-steps">Steps</h2>
      <ol className="request-steps" aria-label="Steps of the request">
        {steps.map((s, i) => (
          <li key={i}>
            <RequestStatusBadge status={s.status} /> by <strong>{s.by.display_name}</strong>{' '}
            <span className="muted">· {formatInstant(s.at)}</span>
            {s.note && <p className="prose step-note">{s.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

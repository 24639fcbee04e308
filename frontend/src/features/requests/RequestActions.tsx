import type { ProgramRequest } from '../../api/types';
import { DecisionForm } from './DecisionForm';
import { StepForm } from './StepForm';

interface Props {
  request: ProgramRequest;
  onDone: (message: string) => void;
  onStale: () => void;
}

/** The steps the reader may take now, exactly as the request's `can` says; nothing when there are none. */
export function RequestActions({ request: r, onDone, onStale }: Props) {
  const { review, decide, close, cancel } = r.can;
  if (!review && !decide && !close && !cancel) return null;
  const props = { request: r, onDone, onStale };
  return (
    <section aria-labelledby="request-actions">
      <h2 id="request-actions">Next step</h2>
      <div className="request-actions">
        {review && <StepForm step="review" {...props} />}
        {decide && <DecisionForm {...props} />}
        {close && <StepForm step="close" {...props} />}
        {cancel && <StepForm step="cancel" {...props} />}
      </div>
    </section>
  );
}

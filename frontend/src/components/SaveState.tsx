import type { FormProblem } from '../api/problem';
import type { AutosaveState } from '../lib/autosave';

function hhmm(d: Date): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

interface Props {
  state: AutosaveState<unknown, unknown>;
  auto: boolean;
  /** Why the last save failed, as the form shows it. */
  problem: FormProblem | null;
  onRetry: () => void;
}

/** Whether the server has what was typed, said as the user types (a live region). */
export function SaveState({ state, auto, problem, onRetry }: Props) {
  let text: string;
  switch (state.status) {
    case 'idle':
      text = !auto ? 'No unsaved changes' : state.record ? 'All changes saved' : 'The draft saves as you type';
      break;
    case 'unsaved':
      text = auto ? 'Unsaved changes…' : 'Unsaved changes: press Save changes';
      break;
    case 'saving':
      text = 'Saving…';
      break;
    case 'saved':
      text = state.savedAt ? `Saved at ${hhmm(state.savedAt)}` : 'Saved';
      break;
    case 'error':
      text = problem && problem.general.length ? `Not saved: ${problem.general.join(' ')}` : 'Not saved: check the fields marked below';
      break;
  }
  return (
    <div className={`save-state save-${state.status}`}>
      <p role="status" aria-live="polite">
        {text}
      </p>
      {state.status === 'error' && state.error !== null && (
        <button type="button" className="secondary" onClick={onRetry}>
          Try saving again
        </button>
      )}
    </div>
  );
}

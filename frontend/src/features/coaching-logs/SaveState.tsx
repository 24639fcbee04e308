import type { CoachingLog } from '../../api/types';
import type { AutosaveState } from '../../lib/autosave';
import { logProblem, type LogDraft } from './coachingLog';

function hhmm(d: Date): string {
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** Whether the server has what was typed, said as the coach types (a live region). */
export function SaveState({ state, auto, onRetry }: { state: AutosaveState<CoachingLog, LogDraft>; auto: boolean; onRetry: () => void }) {
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
    case 'error': {
      const p = state.error ? logProblem(state.error) : null;
      text = p && p.general.length ? `Not saved: ${p.general.join(' ')}` : 'Not saved: check the fields marked below';
      break;
    }
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

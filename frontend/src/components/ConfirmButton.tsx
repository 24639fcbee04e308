import { useState } from 'react';

interface Props {
  /** The button that asks, e.g. "Delete draft…". */
  label: string;
  /** The button's accessible name when the label alone is ambiguous, e.g. "Cancel Sofia Alvarez’s registration" in a table. */
  name?: string;
  question: string;
  /** The button that does it. */
  confirm: string;
  busy: boolean;
  onConfirm: () => void;
}

/** An action that cannot be undone, confirmed before it is done. */
export function ConfirmButton({ label, name, question, confirm, busy, onConfirm }: Props) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className="secondary danger" aria-label={name} onClick={() => setConfirming(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm">
      {question}{' '}
      <button type="button" className="danger" disabled={busy} onClick={onConfirm}>
        {confirm}
      </button>{' '}
      <button type="button" className="secondary" onClick={() => setConfirming(false)}>
        Keep it
      </button>
    </span>
  );
}

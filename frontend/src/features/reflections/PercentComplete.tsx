import { useId, type ReactNode } from 'react';

/** A percent complete as a progress bar, with the same in words beside it. */
export function PercentComplete({ label, percent, children }: { label: string; percent: number; children: ReactNode }) {
  const id = useId();
  return (
    <div className={`progress-row${percent < 100 ? ' short' : ''}`}>
      <span id={`${id}-label`} className="progress-label">
        {label}
      </span>
      <progress aria-labelledby={`${id}-label`} aria-describedby={`${id}-text`} value={percent} max={100} />
      <span id={`${id}-text`} className="progress-text">
        {children}
      </span>
    </div>
  );
}

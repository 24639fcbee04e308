import { useId, useState, type DragEvent } from 'react';
import { formatSize, looksLikePdf } from './documentLabels';

interface Props {
  name: string;
  label: string;
  file: File | null;
  onFile: (file: File | null) => void;
  error?: string;
  disabled?: boolean;
}

/**
 * A file input that also takes a PDF dropped onto it. The picker offers PDFs only; what is
 * dropped is sent as it is, and the server judges whether it is a real PDF.
 */
export function FileDropZone({ name, label, file, onFile, error, disabled }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const [over, setOver] = useState(false);

  const onDragOver = (e: DragEvent) => {
    if (disabled) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (disabled) return;
    const dropped = e.dataTransfer.files?.[0];
    if (dropped) onFile(dropped);
  };

  return (
    <div
      className={`field drop-zone${over ? ' is-over' : ''}${error ? ' has-error' : ''}`}
      data-testid={`drop-${name}`}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={id}>
        {label}
        <span className="required" aria-hidden="true"> *</span>
      </label>
      <input
        id={id}
        name={name}
        type="file"
        accept=".pdf,application/pdf"
        disabled={disabled}
        aria-required
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error && errorId].filter(Boolean).join(' ')}
        onChange={(e) => onFile(e.target.files?.[0] ?? null)}
      />
      <p id={hintId} className="hint">
        {file ? (
          <>
            Chosen: <strong>{file.name}</strong> ({formatSize(file.size)})
            {!looksLikePdf(file) && ' — this does not look like a PDF; only PDFs are accepted.'}
          </>
        ) : (
          'Choose a PDF, or drag one here.'
        )}
      </p>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

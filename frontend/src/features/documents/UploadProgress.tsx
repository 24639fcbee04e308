/** How much of the file has been sent; null hides it. */
export function UploadProgress({ progress }: { progress: number | null }) {
  if (progress === null) return null;
  const percent = Math.round(progress * 100);
  return (
    <div className="upload-progress" role="status">
      <progress max={100} value={percent} aria-label="Upload progress" />
      <span>{percent < 100 ? `Uploading… ${percent}%` : 'Checking the file…'}</span>
    </div>
  );
}

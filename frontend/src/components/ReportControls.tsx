import { useId } from 'react';

/**
 * A report's "Download CSV" link: a real link to the CSV (for its address), downloaded with the
 * session's token by `onDownload`, saying so while the file is prepared.
 */
export function CsvLink({ href, pending, onDownload }: { href: string; pending: boolean; onDownload: () => void }) {
  return (
    <a
      href={href}
      onClick={(e) => {
        e.preventDefault();
        onDownload();
      }}
      aria-busy={pending || undefined}
    >
      {pending ? 'Preparing CSV…' : 'Download CSV'}
    </a>
  );
}

/** A report's cohort filter: every cohort, or one. */
export function CohortSelect({
  cohorts,
  value,
  onChange,
}: {
  cohorts: { id: string; label: string }[];
  value: string;
  onChange: (cohortId: string) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>Cohort</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">All cohorts</option>
        {cohorts.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </>
  );
}

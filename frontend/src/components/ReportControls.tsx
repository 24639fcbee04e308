import { useId, type ReactNode } from 'react';
import { ErrorBox } from './ui';

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

/** A report's filter: the blank option (every candidate, or the default) or one of `options`. */
export function FilterSelect({
  label,
  blank,
  options,
  value,
  onChange,
}: {
  label: string;
  blank: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <span className="toolbar-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{blank}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
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
  return (
    <FilterSelect
      label="Cohort"
      blank="All cohorts"
      options={cohorts.map((c) => ({ value: c.id, label: c.label }))}
      value={value}
      onChange={onChange}
    />
  );
}

/**
 * A report's heading: its title with the CSV link, the download's error if any, and the
 * filters (`children`) in the toolbar.
 */
export function ReportHeading({
  title,
  csvHref,
  csv,
  onDownload,
  children,
}: {
  title: string;
  csvHref: string;
  csv: { isPending: boolean; error: unknown };
  onDownload: () => void;
  children: ReactNode;
}) {
  return (
    <>
      <div className="page-title">
        <h1>{title}</h1>
        <CsvLink href={csvHref} pending={csv.isPending} onDownload={onDownload} />
      </div>
      {csv.error ? <ErrorBox error={csv.error} /> : null}
      <div className="toolbar">{children}</div>
    </>
  );
}

import { useEffect, useId, useState } from 'react';
import type { UserRef } from '../../api/types';
import { SelectField } from '../../components/forms';
import { useAccountSearch } from './queries';

interface Props {
  name: string;
  label: string;
  value: string;
  onChange: (id: string) => void;
  error?: string;
  /** Shown as an option before any search, e.g. the account just created. */
  initial?: UserRef | null;
  required?: boolean;
}

/** Pick an account: search by name, username or email, then choose from the matches. */
export function UserPicker({ name, label, value, onChange, error, initial, required }: Props) {
  const searchId = useId();
  const [text, setText] = useState('');
  const [q, setQ] = useState<string | null>(null);
  const results = useAccountSearch(q);
  const found: UserRef[] = (results.data?.items ?? []).filter((u) => u.status === 'active');
  const options = [...(initial && !found.some((u) => u.id === initial.id) ? [initial] : []), ...found];

  // One match: choose it, so search-then-continue needs no extra step.
  const only = found.length === 1 ? found[0]!.id : null;
  useEffect(() => {
    if (only && only !== value) onChange(only);
  }, [only, value, onChange]);

  const search = () => setQ(text.trim());

  return (
    <fieldset className="picker">
      <legend>{label}</legend>
      <div className="toolbar">
        <label htmlFor={searchId}>Find account</label>
        <input
          id={searchId}
          type="search"
          value={text}
          placeholder="Name, username or email"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              search();
            }
          }}
        />
        <button type="button" className="secondary" onClick={search}>
          Find
        </button>
      </div>
      {results.isFetching && <p className="muted" role="status">Searching…</p>}
      {q !== null && !results.isFetching && found.length === 0 && <p className="muted">No active account matches “{q}”.</p>}
      <SelectField
        name={name}
        label="Account"
        value={value}
        onChange={onChange}
        placeholder={options.length ? 'Choose an account' : 'Search for an account first'}
        options={options.map((u) => ({ value: u.id, label: `${u.display_name} (${u.username}, ${u.email})` }))}
        error={error}
        required={required}
      />
    </fieldset>
  );
}

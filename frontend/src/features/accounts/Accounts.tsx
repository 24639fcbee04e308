import { useId, useState } from 'react';
import { errorMessage, isApiError, CONFLICT_MESSAGE } from '../../api/problem';
import type { User } from '../../api/types';
import { preventDefault } from '../../components/forms';
import { EditButton, RecordTable } from '../../components/RecordTable';
import { Pager, QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { CreateAccount } from './CreateAccount';
import { EditAccount } from './EditAccount';
import { useToggleAccountStatus } from './mutations';
import { useAccounts } from './queries';

const PER_PAGE = 20;

export function Accounts() {
  const { canAcross } = useApp();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<string | null>(null);
  const [rowError, setRowError] = useState<{ id: string; message: string } | null>(null);

  const list = useAccounts(q, page, PER_PAGE);
  const toggle = useToggleAccountStatus();
  const toggleStatus = (u: User) => {
    setRowError(null);
    toggle.mutate(u, {
      onError: (err) =>
        setRowError({ id: u.id, message: isApiError(err) && err.isConflict ? CONFLICT_MESSAGE : errorMessage(err) }),
    });
  };

  return (
    <>
      <h1>Accounts</h1>
      <form
        className="toolbar"
        role="search"
        onSubmit={preventDefault(() => {
          setQ(search.trim());
          setPage(1);
        })}
      >
        <label htmlFor={searchId}>Search accounts</label>
        <input
          id={searchId}
          type="search"
          value={search}
          placeholder="Name, username or email"
          onChange={(e) => setSearch(e.target.value)}
        />
        <button type="submit">Search</button>
      </form>
      {rowError && (
        <div className="alert alert-error" role="alert">
          <p>{rowError.message}</p>
        </div>
      )}
      <QueryView query={list} what="Loading accounts">
        {(data) => (
          <>
            <RecordTable
              rows={data.items}
              columns={[
                {
                  header: 'Name',
                  cell: (u) => (
                    <>
                      {u.display_name}
                      {/* eslint-disable-next-line no-restricted-syntax -- shows who administers the installation; decides nothing */}
                      {u.is_admin && <span className="badge">admin</span>}
                    </>
                  ),
                },
                { header: 'Username', cell: (u) => u.username },
                { header: 'Email', cell: (u) => u.email },
                {
                  header: 'Status',
                  cell: (u) => (
                    <>
                      {u.status === 'active' ? 'Active' : 'Disabled'}
                      {u.must_change_password && <span className="muted"> (temporary password)</span>}
                    </>
                  ),
                },
              ]}
              rowClassName={(u) => (u.status === 'disabled' ? 'inactive' : undefined)}
              action={(u) =>
                (u.can.edit || u.can.change_status) && (
                  <>
                    {u.can.edit && <EditButton name={u.display_name} onClick={() => setEditing(u.id)} />}
                    {u.can.change_status && (
                      <button
                        type="button"
                        className="secondary"
                        disabled={toggle.isPending}
                        aria-label={`${u.status === 'active' ? 'Disable' : 'Enable'} ${u.display_name}`}
                        onClick={() => toggleStatus(u)}
                      >
                        {u.status === 'active' ? 'Disable' : 'Enable'}
                      </button>
                    )}
                  </>
                )
              }
              actionClassName="row-actions"
              empty="No accounts match."
              emptyInTable
            />
            <Pager page={data.page} perPage={data.per_page || PER_PAGE} total={data.total} onPage={setPage} label="Account pages" />
          </>
        )}
      </QueryView>
      {editing && <EditAccount key={editing} userId={editing} onClose={() => setEditing(null)} />}
      {canAcross('manage_accounts') && <CreateAccount />}
    </>
  );
}

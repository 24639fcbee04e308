import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api';
import { ifMatch, unwrap } from '../api/client';
import { errorMessage, isApiError, CONFLICT_MESSAGE } from '../api/problem';
import type { User } from '../api/types';
import { FormSection, RecordForm, TextField, preventDefault, useFormProblem } from '../components/forms';
import { EditButton, RecordTable } from '../components/RecordTable';
import { ErrorBox, Notice, Pager, QueryView } from '../components/ui';
import { useApp } from '../lib/context';
import { useRecordDraft } from '../lib/draft';
import { keys } from '../lib/queries';

const PER_PAGE = 20;

export function Accounts() {
  const { canManage } = useApp();
  const queryClient = useQueryClient();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<string | null>(null);
  const [rowError, setRowError] = useState<{ id: string; message: string } | null>(null);

  const list = useQuery({
    queryKey: [...keys.users, { q, page }],
    queryFn: () =>
      unwrap(api.client.GET('/api/users', { params: { query: { q: q || undefined, page, per_page: PER_PAGE } } })),
    placeholderData: keepPreviousData,
  });

  const toggle = useMutation({
    mutationFn: (u: User) =>
      unwrap(
        api.client.PATCH('/api/users/{user_id}', {
          params: { path: { user_id: u.id }, header: ifMatch(u.version) },
          body: { status: u.status === 'active' ? 'disabled' : 'active' },
        }),
      ),
    onMutate: () => setRowError(null),
    onError: (err, u) =>
      setRowError({ id: u.id, message: isApiError(err) && err.isConflict ? CONFLICT_MESSAGE : errorMessage(err) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.users }),
  });

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
              action={
                canManage
                  ? (u) => (
                      <>
                        <EditButton name={u.display_name} onClick={() => setEditing(u.id)} />
                        <button
                          type="button"
                          className="secondary"
                          disabled={toggle.isPending}
                          aria-label={`${u.status === 'active' ? 'Disable' : 'Enable'} ${u.display_name}`}
                          onClick={() => toggle.mutate(u)}
                        >
                          {u.status === 'active' ? 'Disable' : 'Enable'}
                        </button>
                      </>
                    )
                  : undefined
              }
              actionClassName="row-actions"
              empty="No accounts match."
              emptyInTable
            />
            <Pager page={data.page} perPage={data.per_page || PER_PAGE} total={data.total} onPage={setPage} label="Account pages" />
          </>
        )}
      </QueryView>
      {editing && <EditUser key={editing} userId={editing} onClose={() => setEditing(null)} />}
      {canManage && <CreateAccount />}
    </>
  );
}

function EditUser({ userId, onClose }: { userId: string; onClose: () => void }) {
  const query = useQuery({
    queryKey: [...keys.users, 'one', userId],
    queryFn: () => unwrap(api.client.GET('/api/users/{user_id}', { params: { path: { user_id: userId } } })),
  });
  if (query.error) return <ErrorBox error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return null;
  return <EditUserForm user={query.data} onReload={() => void query.refetch()} onClose={onClose} />;
}

function EditUserForm({ user, onReload, onClose }: { user: User; onReload: () => void; onClose: () => void }) {
  const queryClient = useQueryClient();
  // Reloading after a conflict brings a new `user.version` and keeps what was typed.
  const [draft, setDraft] = useRecordDraft(user, (u) => ({ display_name: u.display_name, email: u.email }));
  const form = useFormProblem(['display_name', 'email']);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.client.PATCH('/api/users/{user_id}', {
          params: { path: { user_id: user.id }, header: ifMatch(user.version) },
          body: { display_name: draft.display_name.trim(), email: draft.email.trim() },
        }),
      ),
    onMutate: () => form.clear(),
    onError: form.fail,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.users });
      onClose();
    },
  });
  return (
    <FormSection id="edit-user" title={`Edit ${user.username}`} card>
      <RecordForm
        problem={form.problem}
        onReload={onReload}
        onSubmit={() => save.mutate()}
        pending={save.isPending}
        submitLabel="Save account"
        onCancel={onClose}
      >
        <TextField
          name="display_name"
          label="Display name"
          value={draft.display_name}
          onChange={(display_name) => setDraft((d) => ({ ...d, display_name }))}
          error={form.field('display_name')}
          required
        />
        <TextField name="email" label="Email" type="email" value={draft.email}
          onChange={(email) => setDraft((d) => ({ ...d, email }))}
          error={form.field('email')} required />
      </RecordForm>
    </FormSection>
  );
}

const CREATE_FIELDS = ['display_name', 'username', 'email', 'temporary_password'] as const;

function CreateAccount() {
  const queryClient = useQueryClient();
  const { canManage, programId } = useApp();
  const empty = { display_name: '', username: '', email: '', temporary_password: '' };
  const [draft, setDraft] = useState(empty);
  const [created, setCreated] = useState<User | null>(null);
  const form = useFormProblem(CREATE_FIELDS);
  const set = (k: keyof typeof empty) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));

  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.client.POST('/api/users', {
          body: {
            display_name: draft.display_name.trim(),
            username: draft.username.trim(),
            email: draft.email.trim(),
            temporary_password: draft.temporary_password,
          },
        }),
      ),
    onMutate: () => {
      form.clear();
      setCreated(null);
    },
    onError: form.fail,
    onSuccess: (u) => {
      setCreated(u);
      setDraft(empty);
      void queryClient.invalidateQueries({ queryKey: keys.users });
    },
  });

  return (
    <FormSection id="create-account" title="Create an account">
      {created && (
        <Notice>
          Account <strong>{created.username}</strong> was created. Give them the temporary password; they choose their
          own at first sign-in.{' '}
          {canManage && programId && (
            <Link to={`/enrollments/new?candidate=${created.id}`}>Enroll {created.display_name} as a candidate</Link>
          )}
        </Notice>
      )}
      <RecordForm
        className="card"
        problem={form.problem}
        onSubmit={() => create.mutate()}
        pending={create.isPending}
        submitLabel="Create account"
      >
        <TextField
          name="display_name"
          label="Full name"
          value={draft.display_name}
          onChange={set('display_name')}
          error={form.field('display_name')}
          autoComplete="off"
          required
        />
        <TextField
          name="username"
          label="Username"
          value={draft.username}
          onChange={set('username')}
          error={form.field('username')}
          autoComplete="off"
          required
        />
        <TextField
          name="email"
          label="Email"
          type="email"
          value={draft.email}
          onChange={set('email')}
          error={form.field('email')}
          autoComplete="off"
          required
        />
        <TextField
          name="temporary_password"
          label="Temporary password"
          type="text"
          value={draft.temporary_password}
          onChange={set('temporary_password')}
          hint="12 to 128 characters. The person must replace it at first sign-in."
          error={form.field('temporary_password')}
          autoComplete="off"
          required
        />
      </RecordForm>
    </FormSection>
  );
}

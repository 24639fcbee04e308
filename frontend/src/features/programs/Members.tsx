import { useId, useState } from 'react';
import { errorMessage } from '../../api/problem';
import type { Role } from '../../api/types';
import { FormAlert, SelectField, preventDefault, useFormProblem } from '../../components/forms';
import { RecordTable } from '../../components/RecordTable';
import { Notice, QueryView } from '../../components/ui';
import { useApp, useProgramId } from '../../lib/context';
import { ROLE_LABELS } from '../../lib/labels';
import { UserPicker } from '../accounts/UserPicker';
import { useGrantRole, useRemoveMember } from './mutations';
import { useDistricts, useMembers } from './queries';

const ROLES = Object.keys(ROLE_LABELS) as Role[];

export function Members() {
  const programId = useProgramId();
  const { can } = useApp();
  const filterId = useId();
  const [role, setRole] = useState<Role | ''>('');
  const members = useMembers(programId, role || undefined);
  const districts = useDistricts(programId);
  const [removeError, setRemoveError] = useState<string | null>(null);

  const remove = useRemoveMember(programId);

  const districtName = (id: string | null | undefined) =>
    id ? (districts.data?.find((d) => d.id === id)?.name ?? '—') : '';

  return (
    <>
      <h1>Members of the program</h1>
      {!can('oversee') && <p className="muted">The program&rsquo;s staff and the candidates you work with.</p>}
      <div className="toolbar">
        <label htmlFor={filterId}>Show role</label>
        <select id={filterId} value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
          <option value="">All roles</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      {removeError && (
        <div className="alert alert-error" role="alert">
          <p>{removeError}</p>
        </div>
      )}
      <QueryView query={members} what="Loading members">
        {(list) => (
          <RecordTable
            rows={[...list].sort(
              (a, b) => a.role.localeCompare(b.role) || a.user.display_name.localeCompare(b.user.display_name),
            )}
            columns={[
              { header: 'Name', cell: (m) => m.user.display_name },
              { header: 'Username', cell: (m) => m.user.username },
              { header: 'Email', cell: (m) => m.user.email },
              { header: 'Role', cell: (m) => ROLE_LABELS[m.role] ?? m.role },
              { header: 'District', cell: (m) => districtName(m.district_id) },
            ]}
            action={
              can('manage')
                ? (m) => (
                    <button
                      type="button"
                      className="secondary danger"
                      disabled={remove.isPending}
                      aria-label={`Remove ${m.user.display_name} as ${ROLE_LABELS[m.role]}`}
                      onClick={() => {
                        if (window.confirm(`Remove ${m.user.display_name} as ${ROLE_LABELS[m.role]}?`)) {
                          setRemoveError(null);
                          remove.mutate(m, { onError: (err) => setRemoveError(errorMessage(err)) });
                        }
                      }}
                    >
                      Remove
                    </button>
                  )
                : undefined
            }
            empty={`No members${role ? ` with the role ${ROLE_LABELS[role]}` : ''}.`}
          />
        )}
      </QueryView>
      {can('manage') && <GrantRole programId={programId} />}
    </>
  );
}

function GrantRole({ programId }: { programId: string }) {
  const districts = useDistricts(programId);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<Role>('coach');
  const [districtId, setDistrictId] = useState('');
  const [granted, setGranted] = useState<string | null>(null);
  const form = useFormProblem(['user_id', 'role', 'district_id']);

  const grant = useGrantRole(programId);

  const submit = () => {
    const local: Record<string, string> = {};
    if (!userId) local.user_id = 'Choose an account.';
    if (role === 'district_representative' && !districtId) local.district_id = 'Choose the district they represent.';
    if (Object.keys(local).length) return form.invalid(local);
    form.clear();
    setGranted(null);
    grant.mutate(
      { user_id: userId, role, district_id: role === 'district_representative' ? districtId || null : null },
      {
        onError: form.fail,
        onSuccess: (m) => setGranted(`${m.user.display_name} is now ${ROLE_LABELS[m.role].toLowerCase()} in this program.`),
      },
    );
  };

  return (
    <section aria-labelledby="grant-role">
      <h2 id="grant-role">Grant a role</h2>
      {granted && <Notice>{granted}</Notice>}
      <form className="card" onSubmit={preventDefault(submit)} noValidate>
        <FormAlert problem={form.problem} />
        <UserPicker name="user_id" label="Account" value={userId} onChange={setUserId} error={form.field('user_id')} required />
        <SelectField
          name="role"
          label="Role"
          value={role}
          onChange={(v) => setRole(v as Role)}
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
          hint="Candidates get their role by being enrolled."
          error={form.field('role')}
          required
        />
        {role === 'district_representative' && (
          <SelectField
            name="district_id"
            label="District"
            value={districtId}
            onChange={setDistrictId}
            placeholder="Choose a district"
            options={(districts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            error={form.field('district_id')}
            required
          />
        )}
        <button type="submit" disabled={grant.isPending}>
          Grant role
        </button>
      </form>
    </section>
  );
}

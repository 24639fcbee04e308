import { useState } from 'react';
import { Link } from 'react-router';
import type { ProgramEvent, Registration, Role } from '../../api/types';
import { FormAlert, SelectField, preventDefault, useFormProblem } from '../../components/forms';
import { Notice } from '../../components/ui';
import { ROLE_LABELS } from '../../lib/labels';
import { useMembers } from '../programs/queries';
import { isOpen, registrationStateLabel } from './eventLabels';
import { useRegister } from './mutations';

/** The program's roles an audience is made of. */
const AUDIENCE_ROLES: Record<ProgramEvent['audience'], Role[]> = {
  candidates: ['candidate'],
  coaches: ['coach'],
  both: ['candidate', 'coach'],
};

interface Person {
  id: string;
  label: string;
}

/**
 * "Register someone": a coordinator picks one of the program's candidates or coaches (as the
 * event's audience says) not registered yet. Whether the event is for them (their cohort and
 * district) is the API's to say, beside the choice.
 */
export function RegisterSomeone({ event: e, roster }: { event: ProgramEvent; roster: Registration[] }) {
  const members = useMembers(e.program_id);
  const [userId, setUserId] = useState('');
  const [done, setDone] = useState<Registration | null>(null);
  const form = useFormProblem(['user_id']);
  const register = useRegister(e.id);

  const roles = AUDIENCE_ROLES[e.audience];
  const registered = new Set(roster.filter(isOpen).map((r) => r.person.id));
  const people = new Map<string, Person>();
  for (const m of members.data ?? []) {
    if (!roles.includes(m.role) || registered.has(m.user.id)) continue;
    const known = people.get(m.user.id);
    const role = ROLE_LABELS[m.role];
    people.set(m.user.id, {
      id: m.user.id,
      label: known ? `${known.label}, ${role}` : `${m.user.display_name} (${m.user.email}) — ${role}`,
    });
  }
  const options = [...people.values()]
    .sort((a, b) => a.label.localeCompare(b.label))
    .map((p) => ({ value: p.id, label: p.label }));

  const submit = () => {
    if (!userId) return form.invalid({ user_id: 'Choose the person to register.' });
    form.clear();
    setDone(null);
    register.mutate(userId, {
      onError: form.fail,
      onSuccess: (r) => {
        setDone(r);
        setUserId('');
      },
    });
  };

  return (
    <form className="card" onSubmit={preventDefault(submit)} noValidate aria-labelledby="register-someone">
      <h3 id="register-someone">Register someone</h3>
      {done && (
        <Notice>
          <Link to={`/registrations/${done.id}`}>{done.person.display_name}</Link> is registered:{' '}
          {registrationStateLabel(done).toLowerCase()}.
        </Notice>
      )}
      <FormAlert problem={form.problem} />
      <SelectField
        name="user_id"
        label="Person"
        value={userId}
        onChange={setUserId}
        placeholder={members.isPending ? 'Loading the program’s members…' : 'Choose a person'}
        options={options}
        hint="Registration on their behalf stays open until the event is over."
        error={form.field('user_id')}
        required
      />
      <button type="submit" disabled={register.isPending}>
        {register.isPending ? 'Registering…' : 'Register'}
      </button>
    </form>
  );
}

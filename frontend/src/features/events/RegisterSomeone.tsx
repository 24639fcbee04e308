import { useState } from 'react';
import { Link } from 'react-router';
import type { ProgramEvent, Registration } from '../../api/types';
import { FormAlert, SelectField, preventDefault, useFormProblem } from '../../components/forms';
import { Notice } from '../../components/ui';
import { useMembers } from '../programs/queries';
import { audiencePeople } from './audiencePeople';
import { isOpen, registrationStateLabel } from './eventLabels';
import { useRegister } from './mutations';

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

  const registered = new Set(roster.filter(isOpen).map((r) => r.person.id));
  const options = audiencePeople(members.data ?? [], e.audience, registered);

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

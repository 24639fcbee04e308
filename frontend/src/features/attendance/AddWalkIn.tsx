import { useState } from 'react';
import type { Attendance, AttendanceSheet, ProgramEvent } from '../../api/types';
import { FormAlert, SelectField, preventDefault, useFormProblem } from '../../components/forms';
import { Notice } from '../../components/ui';
import { audiencePeople } from '../events/audiencePeople';
import { useMembers } from '../programs/queries';
import { useMarkAttendance } from './mutations';

/**
 * "Add a walk-in": someone who came without a place, picked among the program's people the
 * event is for (as Register someone picks them) and marked attended. The API says beside the
 * choice when the event is not for them.
 */
export function AddWalkIn({ event: e, sheet }: { event: ProgramEvent; sheet: AttendanceSheet }) {
  const members = useMembers(e.program_id);
  const [userId, setUserId] = useState('');
  const [done, setDone] = useState<Attendance | null>(null);
  const form = useFormProblem(['user_id']);
  const mark = useMarkAttendance(e.id);
  const options = audiencePeople(members.data ?? [], e.audience, new Set(sheet.lines.map((l) => l.person.id)));

  const submit = () => {
    if (!userId) return form.invalid({ user_id: 'Choose the person who came.' });
    form.clear();
    setDone(null);
    mark.mutate(
      { userId, body: { status: 'attended' } },
      {
        onError: form.fail,
        onSuccess: (a) => {
          setDone(a);
          setUserId('');
        },
      },
    );
  };

  return (
    <form className="card" onSubmit={preventDefault(submit)} noValidate aria-labelledby="add-walk-in">
      <h2 id="add-walk-in">Add a walk-in</h2>
      {done && <Notice>{done.person.display_name} is marked attended, as a walk-in.</Notice>}
      <FormAlert problem={form.problem} />
      <SelectField
        name="user_id"
        label="Person"
        value={userId}
        onChange={setUserId}
        placeholder={members.isPending ? 'Loading the program’s members…' : 'Choose a person'}
        options={options}
        hint="Someone who came without a place on the sheet."
        error={form.field('user_id')}
        required
      />
      <button type="submit" disabled={mark.isPending}>
        {mark.isPending ? 'Marking…' : 'Mark attended'}
      </button>
    </form>
  );
}

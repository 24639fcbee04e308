import { useState } from 'react';
import type { CoachAssignment, Enrollment } from '../../api/types';
import { FormAlert, TextField, preventDefault, useFormProblem } from '../../components/forms';
import { QueryView } from '../../components/ui';
import { formatDate, todayIso } from '../../lib/labels';
import { CoachSelect } from './CoachSelect';
import { useAssignCoach, useEndAssignment } from './mutations';
import { useCoachAssignments } from './queries';

/** Who coached the candidate when; a coordinator ends the current assignment or assigns a coach. */
export function CoachAssignments({ enrollment: e }: { enrollment: Enrollment }) {
  const query = useCoachAssignments(e.id);
  return (
    <section aria-labelledby="coach-assignments">
      <h2 id="coach-assignments">Coach assignments</h2>
      <QueryView query={query} what="Loading coach assignments">
        {(list) => {
          const active = list.find((a) => a.active);
          return (
            <>
              {list.length === 0 ? (
                <p>No coach has been assigned yet.</p>
              ) : (
                <div className="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Coach</th>
                        <th scope="col">From</th>
                        <th scope="col">Until</th>
                        <th scope="col">State</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.map((a) => (
                        <tr key={a.id}>
                          <th scope="row">
                            {a.coach.display_name} <span className="muted">({a.coach.email})</span>
                          </th>
                          <td>{formatDate(a.start_date)}</td>
                          <td>{formatDate(a.end_date)}</td>
                          <td>{a.active ? 'Current' : 'Ended'}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {e.can.assign_coach && active && <EndAssignment key={active.id} assignment={active} enrollment={e} />}
              {e.can.assign_coach && !active && <AssignCoach enrollment={e} />}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

function AssignCoach({ enrollment: e }: { enrollment: Enrollment }) {
  const [coachId, setCoachId] = useState('');
  const [startDate, setStartDate] = useState(todayIso());
  const form = useFormProblem(['coach_id', 'start_date']);
  const assign = useAssignCoach(e);
  const submit = () => {
    const local: Record<string, string> = {};
    if (!coachId) local.coach_id = 'Choose a coach.';
    if (!startDate) local.start_date = 'Enter the start date.';
    if (Object.keys(local).length) return form.invalid(local);
    form.clear();
    assign.mutate({ coach_id: coachId, start_date: startDate }, { onError: form.fail });
  };
  return (
    <form className="card" onSubmit={preventDefault(submit)} noValidate aria-labelledby="assign-coach">
      <h3 id="assign-coach">Assign a coach</h3>
      <FormAlert problem={form.problem} />
      <CoachSelect
        programId={e.program_id}
        exclude={[e.candidate.id]}
        name="coach_id"
        label="Coach"
        value={coachId}
        onChange={setCoachId}
        error={form.field('coach_id')}
        required
      />
      <TextField
        name="start_date"
        label="Coaching starts on"
        type="date"
        value={startDate}
        onChange={setStartDate}
        error={form.field('start_date')}
        required
      />
      <button type="submit" disabled={assign.isPending}>
        Assign coach
      </button>
    </form>
  );
}

function EndAssignment({ assignment, enrollment: e }: { assignment: CoachAssignment; enrollment: Enrollment }) {
  const [endDate, setEndDate] = useState(todayIso());
  const form = useFormProblem(['end_date']);
  const end = useEndAssignment(e, assignment);
  const submit = () => {
    form.clear();
    end.mutate(endDate, { onError: form.fail });
  };
  return (
    <form className="card" onSubmit={preventDefault(submit)} noValidate aria-labelledby="end-assignment">
      <h3 id="end-assignment">End the assignment of {assignment.coach.display_name}</h3>
      <p className="muted">To change coach, end the current assignment, then assign the new coach.</p>
      <FormAlert problem={form.problem} />
      <TextField
        name="end_date"
        label="Last day of coaching"
        type="date"
        value={endDate}
        onChange={setEndDate}
        error={form.field('end_date')}
        required
      />
      <button type="submit" className="danger" disabled={end.isPending}>
        End assignment
      </button>
    </form>
  );
}

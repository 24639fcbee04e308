import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { api } from '../api';
import { ifMatch, unwrap } from '../api/client';
import type { CoachAssignment, CostStructure, Employment, Enrollment, EnrollmentStatus, Position } from '../api/types';
import { FormAlert, SelectField, TextField, preventDefault, useFormProblem } from '../components/forms';
import { Notice, QueryView, StatusBadge } from '../components/ui';
import { useApp } from '../lib/context';
import {
  COST_STRUCTURE_LABELS,
  EMPLOYMENT_LABELS,
  NEXT_STATUSES,
  POSITION_LABELS,
  STATUS_LABELS,
  formatDate,
  labelOf,
  todayIso,
} from '../lib/labels';
import { useRecordDraft } from '../lib/draft';
import { keys, useCohorts, useDistricts, useMembers } from '../lib/queries';
import {
  ENROLLMENT_FIELDS,
  EnrollmentFields,
  draftFromEnrollment,
  missingRequired,
  optionalChanges,
  type EnrollmentDraft,
} from './enrollmentForm';

export function EnrollmentDetail() {
  const { id = '' } = useParams();
  const location = useLocation();
  const query = useQuery({
    queryKey: keys.enrollment(id),
    queryFn: () => unwrap(api.client.GET('/api/enrollments/{enrollment_id}', { params: { path: { enrollment_id: id } } })),
  });
  const { isStaff, roles } = useApp();
  const justCreated = (location.state as { created?: boolean } | null)?.created;
  const listed = isStaff || roles.includes('district_representative');
  return (
    <QueryView query={query} what="Loading the enrollment">
      {(e) => (
        <>
          <p className="breadcrumb">
            {listed ? <Link to="/enrollments">Enrollments</Link> : <Link to="/">Home</Link>} / Enrollment
          </p>
          <h1>{e.candidate.display_name}</h1>
          <nav className="actions" aria-label="Records of this candidate">
            {(isStaff || roles.includes('coach') || roles.includes('candidate')) && (
              <Link to={`/enrollments/${e.id}/coaching-logs`}>Coaching logs</Link>
            )}
            <Link to={`/enrollments/${e.id}/hours`}>Hours</Link>
          </nav>
          {justCreated && <Notice>{e.candidate.display_name} is enrolled. Assign a coach below.</Notice>}
          <EnrollmentView enrollment={e} onReload={() => void query.refetch()} />
        </>
      )}
    </QueryView>
  );
}

function EnrollmentView({ enrollment: e, onReload }: { enrollment: Enrollment; onReload: () => void }) {
  const app = useApp();
  const roles = app.me.memberships.filter((m) => m.program_id === e.program_id).map((m) => m.role);
  const canManage = app.isAdmin || roles.includes('coordinator');
  return (
    <>
      <div className="card">
        <dl className="facts">
          <dt>Account</dt>
          <dd>
            {e.candidate.username} · <a href={`mailto:${e.candidate.email}`}>{e.candidate.email}</a>
          </dd>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={e.status} label={labelOf(STATUS_LABELS, e.status)} />
          </dd>
          <dt>Cohort</dt>
          <dd>{e.cohort_label}</dd>
          <dt>Program year</dt>
          <dd>{e.program_year ? `Year ${e.program_year}` : '—'}</dd>
          <dt>Coach</dt>
          <dd>{e.current_coach ? `${e.current_coach.display_name} (${e.current_coach.email})` : 'No coach assigned'}</dd>
          <dt>District</dt>
          <dd>
            {e.district_name}
            {e.site ? ` · ${e.site}` : ''}
          </dd>
          {!canManage && (
            <>
              <dt>Position</dt>
              <dd>
                {labelOf(POSITION_LABELS, e.position)}, {labelOf(EMPLOYMENT_LABELS, e.employment).toLowerCase()}
              </dd>
              <dt>Start date</dt>
              <dd>{formatDate(e.start_date)}</dd>
              <dt>Cost structure</dt>
              <dd>{labelOf(COST_STRUCTURE_LABELS, e.cost_structure)}</dd>
              <dt>Agreement signed</dt>
              <dd>{formatDate(e.agreement_signed_on)}</dd>
              <dt>Employment verified</dt>
              <dd>{formatDate(e.employment_verified_on)}</dd>
            </>
          )}
        </dl>
      </div>
      {canManage && <StatusChange key={`status-${e.id}`} enrollment={e} onReload={onReload} />}
      <CoachAssignments enrollment={e} canManage={canManage} />
      {canManage && <EditEnrollment key={`edit-${e.id}`} enrollment={e} onReload={onReload} />}
    </>
  );
}

function useEnrollmentSaved(e: Enrollment) {
  const queryClient = useQueryClient();
  return (updated: Enrollment) => {
    queryClient.setQueryData(keys.enrollment(updated.id), updated);
    void queryClient.invalidateQueries({ queryKey: ['program', e.program_id] });
  };
}

function StatusChange({ enrollment: e, onReload }: { enrollment: Enrollment; onReload: () => void }) {
  const saved = useEnrollmentSaved(e);
  const next = NEXT_STATUSES[e.status] ?? [];
  const [status, setStatus] = useState<EnrollmentStatus | ''>('');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const form = useFormProblem(['status', 'note']);
  const change = useMutation({
    mutationFn: () =>
      unwrap(
        api.client.POST('/api/enrollments/{enrollment_id}/status', {
          params: { path: { enrollment_id: e.id }, header: ifMatch(e.version) },
          body: { status: status as EnrollmentStatus, note: note.trim() || undefined },
        }),
      ),
    onMutate: () => {
      form.clear();
      setDone(null);
    },
    onError: form.fail,
    onSuccess: (u) => {
      saved(u);
      setDone(`Status changed to ${labelOf(STATUS_LABELS, u.status)}.`);
      setStatus('');
      setNote('');
    },
  });
  const submit = () => {
    if (!status) return form.invalid({ status: 'Choose the new status.' });
    change.mutate();
  };
  return (
    <section aria-labelledby="status-change">
      <h2 id="status-change">Status</h2>
      {done && <Notice>{done}</Notice>}
      {next.length === 0 ? (
        <p>
          {labelOf(STATUS_LABELS, e.status)} is a final status; it cannot be changed here.
        </p>
      ) : (
        <form className="card" onSubmit={preventDefault(submit)} noValidate>
          <FormAlert problem={form.problem} onReload={onReload} />
          <SelectField
            name="status"
            label="New status"
            value={status}
            onChange={(v) => setStatus(v as EnrollmentStatus)}
            placeholder="Choose"
            options={next.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
            error={form.field('status')}
            required
          />
          <TextField name="note" label="Note" value={note} onChange={setNote} multiline error={form.field('note')} />
          <button type="submit" disabled={change.isPending}>
            Change status
          </button>
        </form>
      )}
    </section>
  );
}

function EditEnrollment({ enrollment: e, onReload }: { enrollment: Enrollment; onReload: () => void }) {
  const saved = useEnrollmentSaved(e);
  const cohorts = useCohorts(e.program_id);
  const districts = useDistricts(e.program_id);
  // A reload after a 412 (or a status change) brings a new `e.version`; the user's edits stay.
  const [draft, setDraft] = useRecordDraft<Enrollment, EnrollmentDraft>(e, draftFromEnrollment);
  const [done, setDone] = useState(false);
  const form = useFormProblem(ENROLLMENT_FIELDS);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.client.PATCH('/api/enrollments/{enrollment_id}', {
          params: { path: { enrollment_id: e.id }, header: ifMatch(e.version) },
          body: {
            cohort_id: draft.cohort_id,
            start_date: draft.start_date,
            district_id: draft.district_id,
            position: draft.position as Position,
            employment: draft.employment as Employment,
            cost_structure: draft.cost_structure as CostStructure,
            ...optionalChanges(draft),
          },
        }),
      ),
    onError: form.fail,
    onSuccess: (u) => {
      saved(u);
      setDone(true);
    },
  });
  const submit = () => {
    form.clear();
    setDone(false);
    const local = missingRequired(draft);
    if (Object.keys(local).length) return form.invalid(local);
    save.mutate();
  };
  return (
    <section aria-labelledby="edit-enrollment">
      <h2 id="edit-enrollment">Enrollment details</h2>
      <form onSubmit={preventDefault(submit)} noValidate>
        <FormAlert problem={form.problem} onReload={onReload} />
        {done && <Notice>Enrollment saved.</Notice>}
        <EnrollmentFields
          draft={draft}
          onChange={(d) => {
            setDone(false);
            setDraft(d);
          }}
          field={form.field}
          cohorts={cohorts.data ?? []}
          districts={districts.data ?? []}
          withVerification
        />
        <div className="actions">
          <button type="submit" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save enrollment'}
          </button>
        </div>
      </form>
    </section>
  );
}

function CoachAssignments({ enrollment: e, canManage }: { enrollment: Enrollment; canManage: boolean }) {
  const query = useQuery({
    queryKey: keys.assignments(e.id),
    queryFn: () =>
      unwrap(api.client.GET('/api/enrollments/{enrollment_id}/coach-assignments', { params: { path: { enrollment_id: e.id } } })),
  });
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
              {canManage && active && <EndAssignment key={active.id} assignment={active} enrollment={e} />}
              {canManage && !active && <AssignCoach enrollment={e} />}
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

function useAssignmentChanged(e: Enrollment) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: keys.assignments(e.id) });
    void queryClient.invalidateQueries({ queryKey: keys.enrollment(e.id) });
    void queryClient.invalidateQueries({ queryKey: ['program', e.program_id] });
  };
}

function AssignCoach({ enrollment: e }: { enrollment: Enrollment }) {
  const coaches = useMembers(e.program_id, 'coach');
  const changed = useAssignmentChanged(e);
  const [coachId, setCoachId] = useState('');
  const [startDate, setStartDate] = useState(todayIso());
  const form = useFormProblem(['coach_id', 'start_date']);
  const assign = useMutation({
    mutationFn: () =>
      unwrap(
        api.client.POST('/api/enrollments/{enrollment_id}/coach-assignments', {
          params: { path: { enrollment_id: e.id } },
          body: { coach_id: coachId, start_date: startDate },
        }),
      ),
    onMutate: () => form.clear(),
    onError: form.fail,
    onSuccess: changed,
  });
  const submit = () => {
    const local: Record<string, string> = {};
    if (!coachId) local.coach_id = 'Choose a coach.';
    if (!startDate) local.start_date = 'Enter the start date.';
    if (Object.keys(local).length) return form.invalid(local);
    assign.mutate();
  };
  const options = (coaches.data ?? [])
    .filter((m) => m.user.id !== e.candidate.id)
    .map((m) => ({ value: m.user.id, label: `${m.user.display_name} (${m.user.email})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
  return (
    <form className="card" onSubmit={preventDefault(submit)} noValidate aria-labelledby="assign-coach">
      <h3 id="assign-coach">Assign a coach</h3>
      <FormAlert problem={form.problem} />
      <SelectField
        name="coach_id"
        label="Coach"
        value={coachId}
        onChange={setCoachId}
        placeholder={coaches.isPending ? 'Loading coaches…' : 'Choose a coach'}
        options={options}
        hint={options.length === 0 && !coaches.isPending ? 'No account holds the coach role in this program.' : undefined}
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
  const changed = useAssignmentChanged(e);
  const [endDate, setEndDate] = useState(todayIso());
  const form = useFormProblem(['end_date']);
  const end = useMutation({
    mutationFn: () =>
      unwrap(
        api.client.POST('/api/coach-assignments/{assignment_id}/end', {
          params: { path: { assignment_id: assignment.id } },
          body: { end_date: endDate },
        }),
      ),
    onMutate: () => form.clear(),
    onError: form.fail,
    onSuccess: changed,
  });
  return (
    <form className="card" onSubmit={preventDefault(() => end.mutate())} noValidate aria-labelledby="end-assignment">
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

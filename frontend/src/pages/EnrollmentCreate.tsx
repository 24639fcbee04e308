import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { api } from '../api';
import { unwrap } from '../api/client';
import type { CostStructure, Employment, Position } from '../api/types';
import { FormAlert, preventDefault, useFormProblem } from '../components/forms';
import { UserPicker } from '../components/UserPicker';
import { Loading } from '../components/ui';
import { useProgramId } from '../lib/context';
import { keys, useCohorts, useDistricts } from '../lib/queries';
import {
  EMPTY_ENROLLMENT,
  ENROLLMENT_FIELDS,
  EnrollmentFields,
  missingRequired,
  optionalFields,
  type EnrollmentDraft,
} from './enrollmentForm';

export function EnrollmentCreate() {
  const programId = useProgramId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const preset = params.get('candidate');
  const presetUser = useQuery({
    queryKey: [...keys.users, 'one', preset],
    queryFn: () => unwrap(api.client.GET('/api/users/{user_id}', { params: { path: { user_id: preset! } } })),
    enabled: !!preset,
  });
  const cohorts = useCohorts(programId);
  const districts = useDistricts(programId);
  const [candidateId, setCandidateId] = useState(preset ?? '');
  const [draft, setDraft] = useState<EnrollmentDraft>(EMPTY_ENROLLMENT);
  const form = useFormProblem(ENROLLMENT_FIELDS);

  const create = useMutation({
    mutationFn: () =>
      unwrap(
        api.client.POST('/api/programs/{program_id}/enrollments', {
          params: { path: { program_id: programId } },
          body: {
            candidate_id: candidateId,
            cohort_id: draft.cohort_id,
            start_date: draft.start_date,
            district_id: draft.district_id,
            position: draft.position as Position,
            employment: draft.employment as Employment,
            cost_structure: draft.cost_structure as CostStructure,
            ...optionalFields(draft),
          },
        }),
      ),
    onError: form.fail,
    onSuccess: (e) => {
      void queryClient.invalidateQueries({ queryKey: ['program', programId] });
      navigate(`/enrollments/${e.id}`, { state: { created: true } });
    },
  });

  const submit = () => {
    form.clear();
    const local = missingRequired(draft);
    if (!candidateId) local.candidate_id = 'Choose the candidate’s account.';
    if (Object.keys(local).length) return form.invalid(local);
    create.mutate();
  };

  if (cohorts.isPending || districts.isPending) return <Loading what="Loading cohorts and districts" />;

  return (
    <>
      <h1>New enrollment</h1>
      <p className="muted">Enrolling an account makes it a candidate in this program.</p>
      <form onSubmit={preventDefault(submit)} noValidate>
        <FormAlert problem={form.problem} />
        <div className="card">
          <UserPicker
            name="candidate_id"
            label="Candidate"
            value={candidateId}
            onChange={setCandidateId}
            initial={presetUser.data ?? null}
            error={form.field('candidate_id')}
            required
          />
        </div>
        <EnrollmentFields
          draft={draft}
          onChange={setDraft}
          field={form.field}
          cohorts={cohorts.data ?? []}
          districts={districts.data ?? []}
        />
        <div className="actions">
          <button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Enrolling…' : 'Enroll candidate'}
          </button>
        </div>
      </form>
    </>
  );
}

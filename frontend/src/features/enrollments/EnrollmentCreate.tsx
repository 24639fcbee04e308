import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { CostStructure, Employment, Position } from '../../api/types';
import { FormAlert, preventDefault, useFormProblem } from '../../components/forms';
import { Loading } from '../../components/ui';
import { useProgramId } from '../../lib/context';
import { useAccount } from '../accounts/queries';
import { UserPicker } from '../accounts/UserPicker';
import { useProgramFee } from '../fees/queries';
import { useCohorts, useDistricts } from '../programs/queries';
import { useCreateEnrollment } from './mutations';
import {
  EMPTY_ENROLLMENT,
  ENROLLMENT_FIELDS,
  EnrollmentFields,
  draftErrors,
  optionalFields,
  planFields,
  type EnrollmentDraft,
} from './enrollmentForm';

export function EnrollmentCreate() {
  const programId = useProgramId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const preset = params.get('candidate');
  const presetUser = useAccount(preset);
  const cohorts = useCohorts(programId);
  const districts = useDistricts(programId);
  const [candidateId, setCandidateId] = useState(preset ?? '');
  const [draft, setDraft] = useState<EnrollmentDraft>(EMPTY_ENROLLMENT);
  const form = useFormProblem(ENROLLMENT_FIELDS);
  const programFee = useProgramFee(draft.fee_payer === 'split' ? programId : null, draft.cost_structure);

  const create = useCreateEnrollment(programId);

  const submit = () => {
    form.clear();
    const local = draftErrors(draft, programFee);
    if (!candidateId) local.candidate_id = 'Choose the candidate’s account.';
    if (Object.keys(local).length) return form.invalid(local);
    create.mutate(
      {
        candidate_id: candidateId,
        cohort_id: draft.cohort_id,
        start_date: draft.start_date,
        district_id: draft.district_id,
        position: draft.position as Position,
        employment: draft.employment as Employment,
        cost_structure: draft.cost_structure as CostStructure,
        ...planFields(draft),
        ...optionalFields(draft),
      },
      { onError: form.fail, onSuccess: (e) => navigate(`/enrollments/${e.id}`, { state: { created: true } }) },
    );
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
          programFee={programFee}
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

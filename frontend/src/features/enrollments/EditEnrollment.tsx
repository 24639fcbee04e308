import { useState } from 'react';
import type { CostStructure, Employment, Enrollment, Position } from '../../api/types';
import { FormAlert, preventDefault, useFormProblem } from '../../components/forms';
import { Notice } from '../../components/ui';
import { useRecordDraft } from '../../lib/draft';
import { useProgramFee } from '../fees/queries';
import { useCohorts, useDistricts } from '../programs/queries';
import {
  ENROLLMENT_FIELDS,
  EnrollmentFields,
  draftErrors,
  draftFromEnrollment,
  optionalChanges,
  planFields,
  type EnrollmentDraft,
} from './enrollmentForm';
import { useSaveEnrollment } from './mutations';

/** The enrollment form's fields, with the agreement and employment verification dates. */
export function EditEnrollment({ enrollment: e, onReload }: { enrollment: Enrollment; onReload: () => void }) {
  const cohorts = useCohorts(e.program_id);
  const districts = useDistricts(e.program_id);
  // A reload after a 412 (or a status change) brings a new `e.version`; the user's edits stay.
  const [draft, setDraft] = useRecordDraft<Enrollment, EnrollmentDraft>(e, draftFromEnrollment);
  const [done, setDone] = useState(false);
  const form = useFormProblem(ENROLLMENT_FIELDS);
  const programFee = useProgramFee(draft.fee_payer === 'split' ? e.program_id : null, draft.cost_structure);
  const save = useSaveEnrollment(e);
  const submit = () => {
    form.clear();
    setDone(false);
    const local = draftErrors(draft, programFee);
    if (Object.keys(local).length) return form.invalid(local);
    save.mutate(
      {
        cohort_id: draft.cohort_id,
        start_date: draft.start_date,
        district_id: draft.district_id,
        position: draft.position as Position,
        employment: draft.employment as Employment,
        cost_structure: draft.cost_structure as CostStructure,
        // A split plan's part is sent with it; another plan drops the stored one on the server.
        ...planFields(draft),
        ...optionalChanges(draft),
      },
      { onError: form.fail, onSuccess: () => setDone(true) },
    );
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
          programFee={programFee}
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

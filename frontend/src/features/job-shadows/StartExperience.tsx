import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ExperienceKind } from '../../api/types';
import { ChoiceGroup, FormSection, RecordForm, TextField, useFormProblem } from '../../components/forms';
import { todayIso } from '../../lib/labels';
import { EXPERIENCE_KIND_HINTS, EXPERIENCE_KIND_LABELS } from './experienceFields';
import { useStartExperience } from './mutations';

const KINDS: ExperienceKind[] = ['job_shadow', 'school_visit'];

/** The candidate chooses a job shadow or a school visit and its date, then writes its form. */
export function StartExperience({ enrollmentId }: { enrollmentId: string }) {
  const navigate = useNavigate();
  const [kind, setKind] = useState<ExperienceKind | ''>('');
  const [date, setDate] = useState(todayIso);
  const start = useStartExperience(enrollmentId);
  const { problem, field, fail, invalid, clear } = useFormProblem(['kind', 'activity_date']);

  const submit = () => {
    if (!kind) {
      invalid({ kind: 'Choose a job shadow or a school visit.' });
      return;
    }
    clear();
    start.mutate(
      { kind, activity_date: date },
      { onSuccess: (e) => navigate(`/job-shadows-and-visits/${e.id}`), onError: fail },
    );
  };

  return (
    <FormSection id="start-experience" title="Start a job shadow or school visit" card>
      <RecordForm problem={problem} onSubmit={submit} submitLabel="Start" pending={start.isPending}>
        <ChoiceGroup
          name="kind"
          legend="Which experience?"
          type="radio"
          required
          groups={[
            {
              options: KINDS.map((k) => ({
                value: k,
                label: (
                  <>
                    <strong>{EXPERIENCE_KIND_LABELS[k]}</strong> — {EXPERIENCE_KIND_HINTS[k]}
                  </>
                ),
              })),
            },
          ]}
          values={kind ? [kind] : []}
          onToggle={(v) => setKind(v as ExperienceKind)}
          error={field('kind')}
        />
        <TextField
          name="activity_date"
          label="Date"
          type="date"
          required
          value={date}
          onChange={setDate}
          hint="The day of the job shadow or visit: written once it took place."
          error={field('activity_date')}
        />
      </RecordForm>
    </FormSection>
  );
}

import { useState } from 'react';
import type { Cohort } from '../../api/types';
import { FormSection, RecordForm, TextField, useFormProblem } from '../../components/forms';
import { EditButton, RecordTable } from '../../components/RecordTable';
import { Notice, QueryView } from '../../components/ui';
import { useApp, useProgramId } from '../../lib/context';
import { formatDate } from '../../lib/labels';
import { useRecordDraft } from '../../lib/draft';
import { useCreateCohort, useSaveCohort } from './mutations';
import { useCohorts } from './queries';

const FIELDS = ['label', 'start_date', 'program_years'];

interface CohortDraft {
  label: string;
  start_date: string;
  program_years: string;
}

function toBody(d: CohortDraft) {
  const years = d.program_years.trim();
  return {
    label: d.label.trim(),
    start_date: d.start_date,
    program_years: years === '' ? undefined : Number(years),
  };
}

function CohortFields({
  draft,
  onChange,
  field,
}: {
  draft: CohortDraft;
  onChange: (d: CohortDraft) => void;
  field: (name: string) => string | undefined;
}) {
  return (
    <>
      <TextField
        name="label"
        label="Label"
        value={draft.label}
        onChange={(label) => onChange({ ...draft, label })}
        hint="e.g. Cohort A"
        error={field('label')}
        required
      />
      <TextField
        name="start_date"
        label="Start date"
        type="date"
        value={draft.start_date}
        onChange={(start_date) => onChange({ ...draft, start_date })}
        error={field('start_date')}
        required
      />
      <TextField
        name="program_years"
        label="Program years"
        type="number"
        min="1"
        value={draft.program_years}
        onChange={(program_years) => onChange({ ...draft, program_years })}
        hint="Leave empty for the program's default."
        error={field('program_years')}
      />
    </>
  );
}

export function Cohorts() {
  const programId = useProgramId();
  const { can } = useApp();
  const cohorts = useCohorts(programId);
  const [editing, setEditing] = useState<string | null>(null);
  const editingCohort = cohorts.data?.find((c) => c.id === editing);

  return (
    <>
      <h1>Cohorts</h1>
      <QueryView query={cohorts} what="Loading cohorts">
        {(list) => (
          <RecordTable
            rows={list}
            columns={[
              { header: 'Label', cell: (c) => c.label },
              { header: 'Start date', cell: (c) => formatDate(c.start_date) },
              { header: 'Program years', cell: (c) => c.program_years },
            ]}
            action={(c) => c.can.edit && <EditButton name={c.label} onClick={() => setEditing(c.id)} />}
            empty="No cohorts yet."
          />
        )}
      </QueryView>
      {editingCohort && (
        <EditCohort
          key={editingCohort.id}
          cohort={editingCohort}
          onReload={() => void cohorts.refetch()}
          onClose={() => setEditing(null)}
        />
      )}
      {can('manage') && <CreateCohort programId={programId} />}
    </>
  );
}

function CreateCohort({ programId }: { programId: string }) {
  const empty: CohortDraft = { label: '', start_date: '', program_years: '' };
  const [draft, setDraft] = useState(empty);
  const [created, setCreated] = useState<string | null>(null);
  const form = useFormProblem(FIELDS);
  const create = useCreateCohort(programId);
  const submit = () => {
    form.clear();
    setCreated(null);
    create.mutate(toBody(draft), {
      onError: form.fail,
      onSuccess: (c) => {
        setCreated(c.label);
        setDraft(empty);
      },
    });
  };
  return (
    <FormSection id="create-cohort" title="Create a cohort">
      {created && <Notice>Cohort “{created}” was created.</Notice>}
      <RecordForm
        className="card"
        problem={form.problem}
        onSubmit={submit}
        pending={create.isPending}
        submitLabel="Create cohort"
      >
        <CohortFields draft={draft} onChange={setDraft} field={form.field} />
      </RecordForm>
    </FormSection>
  );
}

function EditCohort({ cohort, onReload, onClose }: { cohort: Cohort; onReload: () => void; onClose: () => void }) {
  const [draft, setDraft] = useRecordDraft(
    cohort,
    (c): CohortDraft => ({ label: c.label, start_date: c.start_date, program_years: String(c.program_years) }),
  );
  const form = useFormProblem(FIELDS);
  const save = useSaveCohort(cohort);
  const submit = () => {
    form.clear();
    save.mutate(toBody(draft), { onError: form.fail, onSuccess: onClose });
  };
  return (
    <FormSection id="edit-cohort" title={`Edit ${cohort.label}`} card>
      <RecordForm
        problem={form.problem}
        onReload={onReload}
        onSubmit={submit}
        pending={save.isPending}
        submitLabel="Save cohort"
        onCancel={onClose}
      >
        <CohortFields draft={draft} onChange={setDraft} field={form.field} />
      </RecordForm>
    </FormSection>
  );
}

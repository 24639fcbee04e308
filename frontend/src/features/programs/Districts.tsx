import { useState } from 'react';
import type { District } from '../../api/types';
import { FormSection, RecordForm, TextField, useFormProblem } from '../../components/forms';
import { EditButton, RecordTable } from '../../components/RecordTable';
import { Notice, QueryView } from '../../components/ui';
import { useApp, useProgramId } from '../../lib/context';
import { useRecordDraft } from '../../lib/draft';
import { useCreateDistrict, useSaveDistrict } from './mutations';
import { useDistricts } from './queries';

const FIELDS = ['name', 'county'];

interface DistrictDraft {
  name: string;
  county: string;
}

function DistrictFields({
  draft,
  onChange,
  field,
}: {
  draft: DistrictDraft;
  onChange: (d: DistrictDraft) => void;
  field: (name: string) => string | undefined;
}) {
  return (
    <>
      <TextField
        name="name"
        label="District name"
        value={draft.name}
        onChange={(name) => onChange({ ...draft, name })}
        error={field('name')}
        required
      />
      <TextField
        name="county"
        label="County"
        value={draft.county}
        onChange={(county) => onChange({ ...draft, county })}
        error={field('county')}
        required
      />
    </>
  );
}

const body = (d: DistrictDraft) => ({ name: d.name.trim(), county: d.county.trim() });

export function Districts() {
  const programId = useProgramId();
  const { can } = useApp();
  const districts = useDistricts(programId);
  const [editing, setEditing] = useState<string | null>(null);
  const editingDistrict = districts.data?.find((d) => d.id === editing);
  return (
    <>
      <h1>Districts</h1>
      <QueryView query={districts} what="Loading districts">
        {(list) => (
          <RecordTable
            rows={list}
            columns={[
              { header: 'District', cell: (d) => d.name },
              { header: 'County', cell: (d) => d.county },
            ]}
            action={(d) => d.can.edit && <EditButton name={d.name} onClick={() => setEditing(d.id)} />}
            empty="No districts yet."
          />
        )}
      </QueryView>
      {editingDistrict && (
        <EditDistrict
          key={editingDistrict.id}
          district={editingDistrict}
          onReload={() => void districts.refetch()}
          onClose={() => setEditing(null)}
        />
      )}
      {can('manage') && <CreateDistrict programId={programId} />}
    </>
  );
}

function CreateDistrict({ programId }: { programId: string }) {
  const empty: DistrictDraft = { name: '', county: '' };
  const [draft, setDraft] = useState(empty);
  const [created, setCreated] = useState<string | null>(null);
  const form = useFormProblem(FIELDS);
  const create = useCreateDistrict(programId);
  const submit = () => {
    form.clear();
    setCreated(null);
    create.mutate(body(draft), {
      onError: form.fail,
      onSuccess: (d) => {
        setCreated(d.name);
        setDraft(empty);
      },
    });
  };
  return (
    <FormSection id="create-district" title="Add a district">
      {created && <Notice>District “{created}” was added.</Notice>}
      <RecordForm
        className="card"
        problem={form.problem}
        onSubmit={submit}
        pending={create.isPending}
        submitLabel="Add district"
      >
        <DistrictFields draft={draft} onChange={setDraft} field={form.field} />
      </RecordForm>
    </FormSection>
  );
}

function EditDistrict({ district, onReload, onClose }: { district: District; onReload: () => void; onClose: () => void }) {
  const [draft, setDraft] = useRecordDraft(district, (d): DistrictDraft => ({ name: d.name, county: d.county }));
  const form = useFormProblem(FIELDS);
  const save = useSaveDistrict(district);
  const submit = () => {
    form.clear();
    save.mutate(body(draft), { onError: form.fail, onSuccess: onClose });
  };
  return (
    <FormSection id="edit-district" title={`Edit ${district.name}`} card>
      <RecordForm
        problem={form.problem}
        onReload={onReload}
        onSubmit={submit}
        pending={save.isPending}
        submitLabel="Save district"
        onCancel={onClose}
      >
        <DistrictFields draft={draft} onChange={setDraft} field={form.field} />
      </RecordForm>
    </FormSection>
  );
}

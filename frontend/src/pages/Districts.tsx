import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api';
import { ifMatch, unwrap } from '../api/client';
import type { District } from '../api/types';
import { FormAlert, TextField, preventDefault, useFormProblem } from '../components/forms';
import { Notice, QueryView } from '../components/ui';
import { useApp, useProgramId } from '../lib/context';
import { useRecordDraft } from '../lib/draft';
import { keys, useDistricts } from '../lib/queries';

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
  const { canManage } = useApp();
  const districts = useDistricts(programId);
  const [editing, setEditing] = useState<string | null>(null);
  const editingDistrict = districts.data?.find((d) => d.id === editing);
  return (
    <>
      <h1>Districts</h1>
      <QueryView query={districts} what="Loading districts">
        {(list) =>
          list.length === 0 ? (
            <p>No districts yet.</p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">District</th>
                    <th scope="col">County</th>
                    {canManage && (
                      <th scope="col">
                        <span className="visually-hidden">Actions</span>
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {list.map((d) => (
                    <tr key={d.id}>
                      <th scope="row">{d.name}</th>
                      <td>{d.county}</td>
                      {canManage && (
                        <td>
                          <button
                            type="button"
                            className="secondary"
                            aria-label={`Edit ${d.name}`}
                            onClick={() => setEditing(d.id)}
                          >
                            Edit
                          </button>
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </QueryView>
      {editingDistrict && (
        <EditDistrict
          key={editingDistrict.id}
          district={editingDistrict}
          programId={programId}
          onReload={() => void districts.refetch()}
          onClose={() => setEditing(null)}
        />
      )}
      {canManage && <CreateDistrict programId={programId} />}
    </>
  );
}

function CreateDistrict({ programId }: { programId: string }) {
  const queryClient = useQueryClient();
  const empty: DistrictDraft = { name: '', county: '' };
  const [draft, setDraft] = useState(empty);
  const [created, setCreated] = useState<string | null>(null);
  const form = useFormProblem(FIELDS);
  const create = useMutation({
    mutationFn: () =>
      unwrap(api.client.POST('/api/programs/{program_id}/districts', { params: { path: { program_id: programId } }, body: body(draft) })),
    onMutate: () => {
      form.clear();
      setCreated(null);
    },
    onError: form.fail,
    onSuccess: (d) => {
      setCreated(d.name);
      setDraft(empty);
      void queryClient.invalidateQueries({ queryKey: keys.districts(programId) });
    },
  });
  return (
    <section aria-labelledby="create-district">
      <h2 id="create-district">Add a district</h2>
      {created && <Notice>District “{created}” was added.</Notice>}
      <form className="card" onSubmit={preventDefault(() => create.mutate())} noValidate>
        <FormAlert problem={form.problem} />
        <DistrictFields draft={draft} onChange={setDraft} field={form.field} />
        <button type="submit" disabled={create.isPending}>
          Add district
        </button>
      </form>
    </section>
  );
}

function EditDistrict({
  district,
  programId,
  onReload,
  onClose,
}: {
  district: District;
  programId: string;
  onReload: () => void;
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useRecordDraft(district, (d): DistrictDraft => ({ name: d.name, county: d.county }));
  const form = useFormProblem(FIELDS);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.client.PATCH('/api/districts/{district_id}', {
          params: { path: { district_id: district.id }, header: ifMatch(district.version) },
          body: body(draft),
        }),
      ),
    onMutate: () => form.clear(),
    onError: form.fail,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: keys.districts(programId) });
      onClose();
    },
  });
  return (
    <section className="card" aria-labelledby="edit-district">
      <h2 id="edit-district">Edit {district.name}</h2>
      <form onSubmit={preventDefault(() => save.mutate())} noValidate>
        <FormAlert problem={form.problem} onReload={onReload} />
        <DistrictFields draft={draft} onChange={setDraft} field={form.field} />
        <div className="actions">
          <button type="submit" disabled={save.isPending}>
            Save district
          </button>
          <button type="button" className="secondary" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}

import { useState } from 'react';
import { RecordForm, TextField, useFormProblem } from '../../components/forms';
import { RecordTable } from '../../components/RecordTable';
import { Notice, QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { formatInstant } from '../../lib/labels';
import { useCreateProgram } from './mutations';
import { usePrograms } from './queries';

const FIELDS = ['name', 'organisation', 'time_zone'] as const;

/** Installation admin: every program, and creating one. */
export function Programs({ asPage = false }: { asPage?: boolean }) {
  const app = useApp();
  const query = usePrograms();
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [timeZone, setTimeZone] = useState('America/Los_Angeles');
  const [created, setCreated] = useState<string | null>(null);
  const form = useFormProblem(FIELDS);

  const create = useCreateProgram();
  const submit = () => {
    form.clear();
    create.mutate(
      { name: name.trim(), organisation: organisation.trim(), time_zone: timeZone.trim() || undefined },
      {
        onError: form.fail,
        onSuccess: (p) => {
          setCreated(p.name);
          setName('');
          setOrganisation('');
        },
      },
    );
  };

  return (
    <section aria-labelledby="programs-title">
      {asPage ? <h1 id="programs-title">Programs</h1> : <h2 id="programs-title">Programs</h2>}
      <QueryView query={query} what="Loading programs">
        {(programs) => (
          <RecordTable
            rows={programs}
            columns={[
              { header: 'Name', cell: (p) => p.name },
              { header: 'Organisation', cell: (p) => p.organisation },
              { header: 'Time zone', cell: (p) => p.time_zone },
              { header: 'Created', cell: (p) => formatInstant(p.created_at) },
            ]}
            action={(p) =>
              app.programId === p.id ? (
                <span className="muted">Selected</span>
              ) : (
                <button type="button" className="secondary" onClick={() => app.setProgramId(p.id)}>
                  Open {p.name}
                </button>
              )
            }
            empty="No programs yet."
          />
        )}
      </QueryView>

      <h3>Create a program</h3>
      {created && <Notice>Program “{created}” was created.</Notice>}
      <RecordForm
        className="card"
        problem={form.problem}
        onSubmit={submit}
        pending={create.isPending}
        submitLabel="Create program"
      >
        <TextField name="name" label="Name" value={name} onChange={setName} error={form.field('name')} required />
        <TextField
          name="organisation"
          label="Organisation"
          value={organisation}
          onChange={setOrganisation}
          error={form.field('organisation')}
          required
        />
        <TextField
          name="time_zone"
          label="Time zone"
          value={timeZone}
          onChange={setTimeZone}
          hint="An IANA zone name, e.g. America/Los_Angeles."
          error={form.field('time_zone')}
        />
      </RecordForm>
    </section>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import type { Roster } from '../../api/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { CsvLink } from '../../components/ReportControls';
import { ErrorBox, QueryView } from '../../components/ui';
import { useProgramId } from '../../lib/context';
import { formatInstant } from '../../lib/labels';
import { useCreateRoster, useDownloadRoster, useSubmitRoster } from './mutations';
import { useRecommended, useRosters } from './queries';
import { RosterTable } from './RosterTable';

/** `/completion-rosters`: the CASC Completion Candidate Roster, put together from the recommended candidates and sent to the credential office. */
export function RostersPage() {
  const programId = useProgramId();
  const rosters = useRosters(programId);
  return (
    <>
      <h1>Completion rosters</h1>
      <p className="muted">
        Recommended candidates go on a roster for the credential office; once it is marked submitted, each candidate sees on
        their completion form that their name was sent.
      </p>
      <QueryView query={rosters} what="Loading the rosters">
        {(list) => (
          <>
            <NewRoster programId={programId} taken={list.flatMap((r) => r.candidates.map((c) => c.enrollment_id))} />
            <section aria-labelledby="rosters">
              <h2 id="rosters">Rosters</h2>
              {list.length === 0 ? <p>No roster yet.</p> : list.map((r) => <RosterCard key={r.id} roster={r} />)}
            </section>
          </>
        )}
      </QueryView>
    </>
  );
}

/** The recommended candidates on no roster yet, to choose from. */
function NewRoster({ programId, taken }: { programId: string; taken: string[] }) {
  const recommended = useRecommended(programId);
  const create = useCreateRoster(programId);
  const [chosen, setChosen] = useState<string[]>([]);
  return (
    <section aria-labelledby="new-roster">
      <h2 id="new-roster">New roster</h2>
      <QueryView query={recommended} what="Loading the recommended candidates">
        {(page) => {
          const waiting = page.items.filter((e) => !taken.includes(e.id));
          if (!waiting.length) return <p>Every recommended candidate is on a roster.</p>;
          return (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                create.mutate(chosen, { onSuccess: () => setChosen([]) });
              }}
            >
              <fieldset className="choices">
                <legend>Recommended candidates not yet on a roster</legend>
                {waiting.map((e) => (
                  <label key={e.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={chosen.includes(e.id)}
                      onChange={(ev) => setChosen(ev.target.checked ? [...chosen, e.id] : chosen.filter((id) => id !== e.id))}
                    />{' '}
                    {e.candidate.display_name} <span className="muted">({e.cohort_label}, {e.district_name})</span>
                  </label>
                ))}
              </fieldset>
              {create.error ? <ErrorBox error={create.error} /> : null}
              <button type="submit" disabled={!chosen.length || create.isPending}>
                Put on a roster
              </button>
            </form>
          );
        }}
      </QueryView>
    </section>
  );
}

function RosterCard({ roster }: { roster: Roster }) {
  const submit = useSubmitRoster(roster);
  const download = useDownloadRoster(roster);
  const title = `Roster of ${formatInstant(roster.created_at)}`;
  return (
    <article className="card" aria-label={title}>
      <h3>{title}</h3>
      <p>
        {roster.status === 'submitted'
          ? `Submitted to the credential office by ${roster.submitted_by?.display_name ?? ''} on ${formatInstant(roster.submitted_at)}.`
          : `A draft by ${roster.created_by.display_name}, not yet submitted.`}
      </p>
      <RosterTable roster={roster} />
      <div className="actions">
        <CsvLink href={`/api/completion-rosters/${roster.id}/roster.csv`} pending={download.isPending} onDownload={() => download.mutate()} />
        <Link to={`/completion-rosters/${roster.id}/print`}>Print</Link>
        {roster.can.submit && (
          <ConfirmButton
            label="Mark submitted…"
            question="Sent to the credential office? It no longer changes after this."
            confirm="Mark submitted"
            busy={submit.isPending}
            onConfirm={() => submit.mutate()}
          />
        )}
      </div>
      {submit.error ? <ErrorBox error={submit.error} /> : null}
      {download.error ? <ErrorBox error={download.error} /> : null}
    </article>
  );
}

import { Link, useParams } from 'react-router';
import type { CompletionConfirmation, CompletionVerification, Signer } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { formatDate, formatInstant } from '../../lib/labels';
import { COLUMNS, COLUMN_LABELS, ITEM_LABELS, SIGNERS, SIGNER_LABELS, STATE_LABELS } from './completionLabels';
import { useCompletion } from './queries';
import './completion.css';

/** `/enrollments/:id/completion/print`: the handbook's form on paper, its boxes ticked as the columns confirmed them. */
export function CompletionPrint() {
  const { id = '' } = useParams();
  const query = useCompletion(id);
  return (
    <QueryView query={query} what="Loading the completion verification">
      {(form) => <PrintSheet form={form} />}
    </QueryView>
  );
}

function PrintSheet({ form }: { form: CompletionVerification }) {
  const { programName } = useApp();
  return (
    <article className="print-sheet" aria-labelledby="completion-print-title">
      <div className="no-print actions">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <Link to={`/enrollments/${form.enrollment_id}/completion`}>Back to the form</Link>
      </div>
      <header className="print-head">
        {programName && <p className="muted">{programName}</p>}
        <p className="print-kicker">Clear Administrative Services Credential Program</p>
        <h1 id="completion-print-title">Program Completion Verification</h1>
      </header>
      <dl className="facts">
        <dt>Candidate</dt>
        <dd>{form.candidate.display_name}</dd>
        <dt>Cohort</dt>
        <dd>{form.cohort_label}</dd>
        <dt>District</dt>
        <dd>{form.district_name}</dd>
        <dt>Due on or before</dt>
        <dd>{formatDate(form.due_on)}</dd>
      </dl>
      <div className="table-wrap">
        <table className="completion-print-table">
          <thead>
            <tr>
              <th scope="col">Item (as the records show it on {formatDate(form.as_of)})</th>
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className="completion-box">
                  {COLUMN_LABELS[c]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {form.items
              .filter((i) => i.on_the_form)
              .map((i) => (
                <tr key={i.item}>
                  <th scope="row">
                    {ITEM_LABELS[i.item]}
                    <span className="completion-print-summary">
                      {STATE_LABELS[i.state]}: {i.summary}
                    </span>
                  </th>
                  {COLUMNS.map((c) => (
                    <td key={c} className="completion-box">
                      <Box confirmation={i[c]} />
                    </td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      <section className="print-signatures" aria-labelledby="completion-print-signatures">
        <h2 id="completion-print-signatures">Signatures</h2>
        <div className="sig-grid">
          {SIGNERS.map((s) => (
            <SignatureLine key={s} form={form} signer={s} />
          ))}
        </div>
      </section>
    </article>
  );
}

/** A column's checkbox: ☑ with who confirmed it and when, or ☐. */
function Box({ confirmation }: { confirmation?: CompletionConfirmation | null }) {
  if (!confirmation) {
    return (
      <span className="completion-tick" role="img" aria-label="Not confirmed">
        ☐
      </span>
    );
  }
  return (
    <>
      <span className="completion-tick" role="img" aria-label="Confirmed">
        ☑
      </span>
      <span className="completion-print-summary">
        {confirmation.by.display_name}, {formatDate(confirmation.at)}
      </span>
    </>
  );
}

/** The form's signature line and date, with the electronic signature given on it. */
function SignatureLine({ form, signer }: { form: CompletionVerification; signer: Signer }) {
  const signature = form.signatures.find((s) => s.signer === signer);
  const named = signature?.by ?? (signer === 'candidate' ? form.candidate : signer === 'coach' ? form.coach : null);
  return (
    <div className="sig">
      <div className="sig-line" />
      <p>
        {SIGNER_LABELS[signer]} signature{named ? ` (${named.display_name})` : ''}
      </p>
      <div className="sig-line short" />
      <p>Date</p>
      <p className="sig-electronic">
        {signature
          ? `Signed electronically by ${signature.by.display_name} at ${formatInstant(signature.at)}`
          : 'Not signed electronically yet'}
      </p>
    </div>
  );
}

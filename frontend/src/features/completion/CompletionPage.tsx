import { Link, useParams } from 'react-router';
import type { CompletionVerification } from '../../api/types';
import { Notice, QueryView, StatusBadge } from '../../components/ui';
import { STATUS_LABELS, formatDate, formatInstant, labelOf } from '../../lib/labels';
import { GrowthTable } from './GrowthTable';
import { ItemCard } from './ItemCard';
import { useCompletion } from './queries';
import { Signatures } from './Signatures';
import './completion.css';

/**
 * `/enrollments/:id/completion`: the handbook's Program Completion Verification. Its ten items
 * computed from the records with their evidence and the two columns' confirmations, what the
 * page shows beside them, the growth on the ending reflection (for those who read reflections)
 * and the four signatures. What the reader may do comes from the form's `can`.
 */
export function CompletionPage() {
  const { id = '' } = useParams();
  const query = useCompletion(id);
  return (
    <QueryView query={query} what="Loading the completion verification">
      {(form) => <CompletionScreen form={form} />}
    </QueryView>
  );
}

function CompletionScreen({ form }: { form: CompletionVerification }) {
  const onForm = form.items.filter((i) => i.on_the_form);
  const beside = form.items.filter((i) => !i.on_the_form);
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/enrollments/${form.enrollment_id}`}>{form.candidate.display_name}</Link> / Program Completion Verification
      </p>
      <h1>Program Completion Verification</h1>
      {form.sent_to_credential_office_at ? (
        <Notice>
          Sent to the credential office on the completion roster of {formatInstant(form.sent_to_credential_office_at)}: the
          candidate may now apply for the credential.
        </Notice>
      ) : (
        <p>
          Due on or before <strong>{formatDate(form.due_on)}</strong>.
        </p>
      )}
      <div className="card">
        <dl className="facts">
          <dt>Candidate</dt>
          <dd>{form.candidate.display_name}</dd>
          <dt>Cohort</dt>
          <dd>{form.cohort_label}</dd>
          <dt>District</dt>
          <dd>{form.district_name}</dd>
          <dt>Coach</dt>
          <dd>{form.coach?.display_name ?? 'No coach assigned'}</dd>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={form.status} label={labelOf(STATUS_LABELS, form.status)} />
          </dd>
          <dt>Records as of</dt>
          <dd>{formatDate(form.as_of)}</dd>
        </dl>
      </div>
      <nav className="actions" aria-label="This form">
        <Link to={`/enrollments/${form.enrollment_id}/completion/print`}>Print view</Link>
      </nav>
      <section aria-labelledby="completion-form-items">
        <h2 id="completion-form-items">The form’s ten items</h2>
        <p className="muted">
          Each item is computed from the records; the district representative and the coordinator each confirm it in their column.
        </p>
        <ol className="completion-items">
          {onForm.map((item) => (
            <li key={item.item}>
              <ItemCard form={form} item={item} />
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="completion-also-shown">
        <h2 id="completion-also-shown">Also shown</h2>
        <ul className="completion-items">
          {beside.map((item) => (
            <li key={item.item}>
              <ItemCard form={form} item={item} />
            </li>
          ))}
        </ul>
      </section>
      {form.growth.length > 0 && <GrowthTable growth={form.growth} />}
      <Signatures form={form} />
    </>
  );
}

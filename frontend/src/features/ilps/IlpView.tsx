import { Link, useLocation, useParams } from 'react-router';
import type { Ilp, IlpComment, IlpStatus } from '../../api/types';
import { CommentThread } from '../../components/CommentThread';
import { FormAlert, useFormProblem } from '../../components/forms';
import { Notice, QueryView, StatusBadge } from '../../components/ui';
import { formatInstant } from '../../lib/labels';
import { useStandards } from '../standards/queries';
import { IlpBreadcrumb } from './IlpBreadcrumb';
import { ILP_STATUS_LABELS } from './ilpFields';
import { IlpSheet, ilpName } from './IlpSheet';
import { useAddIlpComment, useStatusChange } from './mutations';
import { useIlp, useIlpComments } from './queries';

const CHANGED: Partial<Record<IlpStatus, string>> = {
  active: 'The plan is in action.',
  completed: 'The plan is completed.',
};

/** `/ilps/:id`: the plan read-only, with its comments and what the reader can do next. */
export function IlpView() {
  const { id = '' } = useParams();
  const query = useIlp(id);
  return <QueryView query={query} what="Loading the ILP">{(ilp) => <IlpPage ilp={ilp} onReload={() => void query.refetch()} />}</QueryView>;
}

function IlpPage({ ilp, onReload }: { ilp: Ilp; onReload: () => void }) {
  const location = useLocation();
  const changedTo = (location.state as { status?: IlpStatus } | null)?.status;
  return (
    <>
      <IlpBreadcrumb enrollmentId={ilp.enrollment_id} candidate={ilp.candidate} here={ilpName(ilp)} />
      <div className="page-title">
        <h1>
          {ilpName(ilp)} <StatusBadge status={`ilp-${ilp.status}`} label={ILP_STATUS_LABELS[ilp.status]} />
        </h1>
      </div>
      {changedTo === ilp.status && CHANGED[ilp.status] && <Notice>{CHANGED[ilp.status]}</Notice>}
      <p className="muted">
        Last changed by {ilp.updated_by.display_name} at {formatInstant(ilp.updated_at)}. Started by {ilp.created_by.display_name}.
      </p>
      <nav className="actions" aria-label="This plan">
        {ilp.can.edit && (
          <Link className="button" to={`/ilps/${ilp.id}/edit`}>
            {ilp.status === 'draft' ? 'Continue the draft' : 'Edit plan'}
          </Link>
        )}
        <Link to={`/ilps/${ilp.id}/print`}>Print view</Link>
        <Link to={`/ilps/${ilp.id}/revisions`}>Revision history</Link>
      </nav>
      {/* Putting a draft into action and completing happen in the form, beside the fields they check. */}
      {ilp.can.activate && ilp.status === 'completed' && <Reopen key={ilp.version} ilp={ilp} onReload={onReload} />}
      <CommentedSheet ilp={ilp} />
    </>
  );
}

/** The plan with the comments on each action step, and those on the plan after it. */
function CommentedSheet({ ilp }: { ilp: Ilp }) {
  const standards = useStandards().data ?? [];
  const query = useIlpComments(ilp.id);
  const comments = query.data ?? [];
  const onStep = (stepId: string) => comments.filter((c) => c.step_id === stepId);
  // A comment on a step since removed stays, with the plan's.
  const onPlan: IlpComment[] = comments.filter((c) => !c.step_id || !ilp.steps.some((s) => s.id === c.step_id));
  return (
    <>
      <div className="card">
        <IlpSheet
          ilp={ilp}
          standards={standards}
          afterStep={(step, number) => <IlpThread ilp={ilp} comments={onStep(step.id)} stepId={step.id} about={`action step ${number}`} />}
        />
      </div>
      <section aria-labelledby="plan-comments">
        <h2 id="plan-comments">Comments on the plan</h2>
        <QueryView query={query} what="Loading the comments">
          {() => (
            <>
              {onPlan.length === 0 && <p className="muted">No comments on the plan as a whole yet.</p>}
              <IlpThread ilp={ilp} comments={onPlan} about="the plan" />
            </>
          )}
        </QueryView>
      </section>
    </>
  );
}

/** The comments on the plan or on one action step (`stepId`), and a box to add one when the reader may. */
function IlpThread({ ilp, comments, stepId, about }: { ilp: Ilp; comments: IlpComment[]; stepId?: string; about: string }) {
  const add = useAddIlpComment(ilp.id, stepId);
  return <CommentThread comments={comments} about={about} add={ilp.can.comment ? add : undefined} />;
}

/** A completed plan is made active again to record more. */
function Reopen({ ilp, onReload }: { ilp: Ilp; onReload: () => void }) {
  // No fields here: whatever the plan lacks is said on top.
  const form = useFormProblem([]);
  const reopen = useStatusChange(ilp);
  return (
    <div className="card">
      <FormAlert problem={form.problem} onReload={onReload} />
      <p>
        <button type="button" disabled={reopen.isPending} onClick={() => reopen.mutate('active', { onError: form.fail })}>
          Reopen
        </button>{' '}
        <span className="hint">The plan goes back into action so that it can change; complete it again when it is done.</span>
      </p>
    </div>
  );
}

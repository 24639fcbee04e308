import { useState } from 'react';
import type { IlpComment } from '../../api/types';
import { FormAlert, TextField, preventDefault, useFormProblem } from '../../components/forms';
import { formatInstant } from '../../lib/labels';
import { useAddIlpComment } from './mutations';

interface Props {
  ilpId: string;
  comments: IlpComment[];
  /** The action step commented on; none: the plan as a whole. */
  stepId?: string;
  /** "action step 2", "the plan" */
  about: string;
  canComment: boolean;
}

/** The comments on the plan or on one action step, oldest first, and a box to add one. */
export function CommentThread({ ilpId, comments, stepId, about, canComment }: Props) {
  if (!comments.length && !canComment) return null;
  return (
    <div className="comments">
      {comments.length > 0 && (
        <ul className="comment-list" aria-label={`Comments on ${about}`}>
          {comments.map((c) => (
            <li key={c.id}>
              <p className="comment-meta">
                <strong>{c.author.display_name}</strong> · {formatInstant(c.created_at)}
              </p>
              <p className="prose">{c.body}</p>
            </li>
          ))}
        </ul>
      )}
      {canComment && <CommentBox ilpId={ilpId} stepId={stepId} about={about} />}
    </div>
  );
}

function CommentBox({ ilpId, stepId, about }: Pick<Props, 'ilpId' | 'stepId' | 'about'>) {
  const [body, setBody] = useState('');
  const form = useFormProblem(['body']);
  const add = useAddIlpComment(ilpId);
  const submit = () => {
    if (!body.trim()) return form.invalid({ body: 'Write the comment first.' });
    form.clear();
    add.mutate({ step_id: stepId, body: body.trim() }, { onError: form.fail, onSuccess: () => setBody('') });
  };
  return (
    <form className="comment-form" onSubmit={preventDefault(submit)} noValidate>
      <FormAlert problem={form.problem} />
      <TextField name="body" label={`Comment on ${about}`} multiline value={body} onChange={setBody} error={form.field('body')} />
      <button type="submit" className="secondary" disabled={add.isPending}>
        Add comment <span className="visually-hidden">on {about}</span>
      </button>
    </form>
  );
}

import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import type { UserRef } from '../api/types';
import { formatInstant } from '../lib/labels';
import { FormAlert, TextField, preventDefault, useFormProblem } from './forms';

/** What every kind of comment has (an ILP's, an Application to Practice's). */
export interface ThreadComment {
  id: string;
  author: UserRef;
  body: string;
  created_at: string;
}

/** Adds a comment to this thread, given its text: the feature's mutation, bound to what is commented on. */
export type AddComment = Pick<UseMutationResult<unknown, Error, string>, 'mutate' | 'isPending'>;

interface Props {
  comments: ThreadComment[];
  /** What the comments are on: "action step 2", "the plan", "the plan for 2B". */
  about: string;
  /** Absent when the reader may not comment (the record's `can.comment`). */
  add?: AddComment;
}

/** The comments on a record or on one part of it, oldest first, and a box to add one. */
export function CommentThread({ comments, about, add }: Props) {
  if (!comments.length && !add) return null;
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
      {add && <CommentBox about={about} add={add} />}
    </div>
  );
}

function CommentBox({ about, add }: { about: string; add: AddComment }) {
  const [body, setBody] = useState('');
  const form = useFormProblem(['body']);
  const submit = () => {
    if (!body.trim()) return form.invalid({ body: 'Write the comment first.' });
    form.clear();
    add.mutate(body.trim(), { onError: form.fail, onSuccess: () => setBody('') });
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

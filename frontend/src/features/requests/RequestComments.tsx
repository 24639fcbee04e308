import type { ProgramRequest } from '../../api/types';
import { CommentThread } from '../../components/CommentThread';
import { QueryView } from '../../components/ui';
import { useAddRequestComment } from './mutations';
import { useRequestComments } from './queries';

/** The conversation about the request, and a box to add to it for those its `can.comment` allows. */
export function RequestComments({ request: r }: { request: ProgramRequest }) {
  const comments = useRequestComments(r.id);
  const add = useAddRequestComment(r.id);
  return (
    <section aria-labelledby="request-comments">
      <h2 id="request-comments">Comments</h2>
      <QueryView query={comments} what="Loading the comments">
        {(list) => (
          <>
            {list.length === 0 && <p className="muted">No comments yet.</p>}
            <CommentThread comments={list} about="the request" add={r.can.comment ? add : undefined} />
          </>
        )}
      </QueryView>
    </section>
  );
}

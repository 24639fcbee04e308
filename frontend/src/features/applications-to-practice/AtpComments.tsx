import type { ApplicationToPractice, AtpComment } from '../../api/types';
import { CommentThread } from '../../components/CommentThread';
import { QueryView } from '../../components/ui';
import { useAddAtpComment } from './mutations';

/** The comments on one focus element's plan. */
export function commentsOn(comments: AtpComment[], element: string): AtpComment[] {
  return comments.filter((c) => c.element === element);
}

/** "the plan for 2B", what a thread is about. */
export function planAbout(element: string): string {
  return `the plan for ${element}`;
}

/** The comments on one focus element's plan (`element`) or on the whole, and a box to add one when the reader may. */
export function AtpThread({ atp, comments, element }: { atp: ApplicationToPractice; comments: AtpComment[]; element?: string }) {
  const add = useAddAtpComment(atp.id, element);
  const about = element ? planAbout(element) : 'the Application to Practice';
  return <CommentThread comments={comments} about={about} add={atp.can.comment ? add : undefined} />;
}

interface WholeProps {
  atp: ApplicationToPractice;
  query: { data: AtpComment[] | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  /** The elements of focus shown with their own threads; a comment on any other element stays here. */
  focus: string[];
}

/** The comments on the Application to Practice as a whole, after it. */
export function WholeComments({ atp, query, focus }: WholeProps) {
  return (
    <section aria-labelledby="atp-comments">
      <h2 id="atp-comments">Comments on the Application to Practice</h2>
      <QueryView query={query} what="Loading the comments">
        {(all) => {
          const whole = all.filter((c) => !c.element || !focus.includes(c.element));
          return (
            <>
              {whole.length === 0 && <p className="muted">No comments on the Application to Practice as a whole yet.</p>}
              <AtpThread atp={atp} comments={whole} />
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

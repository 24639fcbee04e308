import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import type { ApplicationToPractice, Standard, StandardElement } from '../../api/types';
import { Notice, QueryView } from '../../components/ui';
import { useLiveQueue } from '../../lib/liveQueues';
import { useStandards } from '../standards/queries';
import './atp.css';
import { AtpThread, WholeComments, commentsOn } from './AtpComments';
import { AtpForm } from './AtpForm';
import { AtpHeader } from './AtpHeader';
import { createAtpQueue, liveAtps } from './atpQueue';
import { AtpSheet } from './AtpSheet';
import { useAtp, useAtpComments } from './queries';

const elementsOf = (standards: Standard[]): StandardElement[] => standards.flatMap((s) => s.elements);

/**
 * `/applications-to-practice/:id`: the form while its `can.edit` says the reader may write it
 * (the candidate, until submitted), else the read-only sheet; comments on both.
 */
export function AtpPage() {
  const { id = '' } = useParams();
  const query = useAtp(id);
  const standards = useStandards();
  return (
    <QueryView query={query} what="Loading the Application to Practice">
      {(a) => (
        <QueryView query={standards} what="Loading the standards">
          {(list) =>
            a.can.edit ? (
              <EditableAtp key={a.id} atp={a} elements={elementsOf(list)} />
            ) : (
              <ReadOnlyAtp atp={a} elements={elementsOf(list)} />
            )
          }
        </QueryView>
      )}
    </QueryView>
  );
}

function EditableAtp({ atp, elements }: { atp: ApplicationToPractice; elements: StandardElement[] }) {
  // The form being saved survives leaving the page and coming back before its last save is done.
  const [queue] = useState(() => liveAtps.get(atp.id) ?? createAtpQueue({ record: atp }));
  useLiveQueue(liveAtps, atp.id, queue);
  return <AtpForm queue={queue} elements={elements} />;
}

function ReadOnlyAtp({ atp, elements }: { atp: ApplicationToPractice; elements: StandardElement[] }) {
  const location = useLocation();
  const submitted = (location.state as { submitted?: boolean } | null)?.submitted;
  const comments = useAtpComments(atp.id);
  const list = comments.data ?? [];
  return (
    <>
      <AtpHeader atp={atp} />
      {submitted && atp.status === 'submitted' && (
        <Notice>The Application to Practice is submitted. It is read-only now; your coach can comment on it.</Notice>
      )}
      {atp.status === 'draft' && <p className="muted">A draft: the candidate is still writing it.</p>}
      <div className="card">
        <AtpSheet
          atp={atp}
          elements={elements}
          afterPlan={(element) => <AtpThread atp={atp} comments={commentsOn(list, element)} element={element} />}
        />
      </div>
      <WholeComments atp={atp} query={comments} focus={atp.focus.map((f) => f.element)} />
    </>
  );
}

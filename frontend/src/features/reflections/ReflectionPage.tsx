import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { Reflection, Standard } from '../../api/types';
import { Notice, QueryView } from '../../components/ui';
import { useLiveQueue } from '../../lib/liveQueues';
import { useStandards } from '../standards/queries';
import { useReflection } from './queries';
import { ReflectionForm } from './ReflectionForm';
import { ReflectionHeader } from './ReflectionHeader';
import { createReflectionQueue, liveReflections } from './reflectionQueue';
import './reflections.css';
import { ReflectionSheet } from './ReflectionSheet';
import { ReopenReflection } from './ReopenReflection';

/**
 * `/reflections/:id`: the form while the reflection's `can.edit` says the reader may write it
 * (the candidate, until submitted), else the read-only sheet.
 */
export function ReflectionPage() {
  const { id = '' } = useParams();
  const query = useReflection(id);
  const standards = useStandards();
  return (
    <QueryView query={query} what="Loading the reflection">
      {(r) => (
        <QueryView query={standards} what="Loading the standards">
          {(list) =>
            r.can.edit ? (
              <EditableReflection key={r.id} reflection={r} standards={list} />
            ) : (
              <ReadOnlyReflection reflection={r} standards={list} onReload={() => void query.refetch()} />
            )
          }
        </QueryView>
      )}
    </QueryView>
  );
}

function EditableReflection({ reflection, standards }: { reflection: Reflection; standards: Standard[] }) {
  // The form being saved survives leaving the page and coming back before its last save is done.
  const [queue] = useState(() => liveReflections.get(reflection.id) ?? createReflectionQueue({ record: reflection }));
  useLiveQueue(liveReflections, reflection.id, queue);
  return <ReflectionForm queue={queue} standards={standards} />;
}

function ReadOnlyReflection({ reflection: r, standards, onReload }: { reflection: Reflection; standards: Standard[]; onReload: () => void }) {
  const location = useLocation();
  const submitted = (location.state as { submitted?: boolean } | null)?.submitted;
  return (
    <>
      <ReflectionHeader reflection={r} />
      {submitted && r.status === 'submitted' && (
        <Notice>The reflection is submitted. It is read-only now; talk it over with your coach.</Notice>
      )}
      <nav className="actions" aria-label="This reflection">
        <Link to={`/enrollments/${r.enrollment_id}/growth`}>Growth between terms</Link>
        <Link to={`/reflections/${r.id}/print`}>Print view</Link>
      </nav>
      {r.can.reopen && <ReopenReflection key={r.version} reflection={r} onReload={onReload} />}
      <div className="card">
        <ReflectionSheet reflection={r} standards={standards} />
      </div>
    </>
  );
}

import { useState } from 'react';
import type { Attendance } from '../../api/types';
import { RevisionTable } from '../../components/RevisionTable';
import { QueryView } from '../../components/ui';
import { formatInstant } from '../../lib/labels';
import { REVISION_ACTIONS, markChanges } from './attendanceLabels';
import { useAttendanceRevisions } from './queries';

/** A mark's "History", folded: who marked it, and each correction; read once it is opened. */
export function MarkHistory({ mark }: { mark: Attendance }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className="mark-history" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        History<span className="visually-hidden"> of {mark.person.display_name}’s mark</span>
      </summary>
      {opened && <Revisions mark={mark} />}
    </details>
  );
}

function Revisions({ mark }: { mark: Attendance }) {
  const revisions = useAttendanceRevisions(mark.id);
  return (
    <>
      <p className="muted">
        Last marked by {mark.recorded_by.display_name} at {formatInstant(mark.recorded_at)}.
      </p>
      <QueryView query={revisions} what="Loading the history">
        {(list) => (
          <RevisionTable
            revisions={list}
            current={mark}
            actions={REVISION_ACTIONS}
            changes={markChanges}
            empty="Not corrected since."
          />
        )}
      </QueryView>
    </>
  );
}

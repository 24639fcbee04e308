import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import type { Experience } from '../../api/types';
import { Notice, QueryView } from '../../components/ui';
import { useLiveQueue } from '../../lib/liveQueues';
import { ExperienceEditor } from './ExperienceEditor';
import { ExperienceHeader } from './ExperienceHeader';
import { createExperienceQueue, liveExperiences } from './experienceQueue';
import { ExperienceSheet } from './ExperienceSheet';
import { useExperience } from './queries';
import { SummaryPdf } from './SummaryPdf';
import './experiences.css';

/**
 * `/job-shadows-and-visits/:id`: the form while its `can.edit` says the reader may write it (the
 * candidate, until submitted), else the one-page form read-only (the coach, the staff).
 */
export function ExperiencePage() {
  const { id = '' } = useParams();
  const query = useExperience(id);
  return (
    <QueryView query={query} what="Loading the job shadow or visit">
      {(e) => (e.can.edit ? <EditableExperience key={e.id} experience={e} /> : <ReadOnlyExperience experience={e} />)}
    </QueryView>
  );
}

function EditableExperience({ experience }: { experience: Experience }) {
  const [queue] = useState(() => liveExperiences.get(experience.id) ?? createExperienceQueue({ record: experience }));
  useLiveQueue(liveExperiences, experience.id, queue);
  return <ExperienceEditor queue={queue} />;
}

function ReadOnlyExperience({ experience: e }: { experience: Experience }) {
  const location = useLocation();
  const submitted = (location.state as { submitted?: boolean } | null)?.submitted;
  return (
    <>
      <ExperienceHeader experience={e} />
      {submitted && e.status === 'submitted' && <Notice>Submitted: the job shadow / visit requirement is met.</Notice>}
      {e.status === 'draft' && <p className="muted">A draft: the candidate is still writing it.</p>}
      <div className="card">
        <ExperienceSheet experience={e} />
      </div>
      <SummaryPdf experience={e} />
    </>
  );
}

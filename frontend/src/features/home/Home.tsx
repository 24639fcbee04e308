import { useApp } from '../../lib/context';
import { EnrollmentList } from '../enrollments/Enrollments';
import { Programs } from '../programs/Programs';
import { UpcomingEvents } from '../events/UpcomingEvents';
import { CandidateHome } from './CandidateHome';
import { CoachHome } from './CoachHome';
import { ProgramOverview } from './ProgramOverview';

/** The home screen: a section for each part the person plays in the selected program. */
export function Home() {
  const app = useApp();
  const { programId, can } = app;
  const sections = [];
  if (programId && can('oversee')) sections.push(<ProgramOverview key="overview" programId={programId} />);
  // Someone who lists candidates without running the program (a district representative) sees theirs here.
  if (programId && can('list_candidates') && !can('oversee')) {
    sections.push(
      <section key="district">
        <h2>Candidates in your district</h2>
        <EnrollmentList programId={programId} />
      </section>,
    );
  }
  if (can('coach')) sections.push(<CoachHome key="coach" programId={programId} />);
  if (can('own_records')) sections.push(<CandidateHome key="candidate" programId={programId} />);
  if (programId && (can('coach') || can('own_records'))) sections.push(<UpcomingEvents key="events" programId={programId} />);
  if (app.canAcross('manage_programs')) sections.push(<Programs key="programs" />);

  return (
    <>
      <h1>Welcome, {app.me.user.display_name}</h1>
      {sections.length ? (
        sections
      ) : (
        <p>You do not have a role in a program yet. A program coordinator can add you.</p>
      )}
    </>
  );
}

import { useApp } from '../../lib/context';
import { DistrictCompletion } from '../completion/DistrictCompletion';
import { Programs } from '../programs/Programs';
import { UpcomingEvents } from '../events/UpcomingEvents';
import { CandidateHome } from './CandidateHome';
import { CoachHome } from './CoachHome';
import { ProgramFollowUps } from './ProgramFollowUps';
import { ProgramOverview } from './ProgramOverview';
import { ToDoList } from './ToDoList';

/**
 * The home screen: what the person must do next in the selected program, then a section for each
 * part they play in it.
 */
export function Home() {
  const app = useApp();
  const { programId, can } = app;
  const sections = [];
  if (programId && can('oversee')) sections.push(<ProgramOverview key="overview" programId={programId} />);
  if (programId && can('review_portfolios')) sections.push(<ProgramFollowUps key="follow-ups" programId={programId} />);
  // Someone who lists candidates without running the program (a district representative) sees
  // theirs here, with where each stands on the completion form.
  if (programId && can('list_candidates') && !can('oversee')) {
    sections.push(
      <section key="district" aria-labelledby="district-candidates">
        <h2 id="district-candidates">Candidates in your district</h2>
        <DistrictCompletion programId={programId} />
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
      {programId && <ToDoList programId={programId} />}
      {sections.length ? (
        sections
      ) : (
        <p>You do not have a role in a program yet. A program coordinator can add you.</p>
      )}
    </>
  );
}

import { useApp } from '../../lib/context';
import { EnrollmentList } from '../enrollments/Enrollments';
import { Programs } from '../programs/Programs';
import { UpcomingEvents } from '../events/UpcomingEvents';
import { CandidateHome } from './CandidateHome';
import { CoachHome } from './CoachHome';
import { ProgramOverview } from './ProgramOverview';

/** The home screen: a section for each role the user holds in the selected program. */
export function Home() {
  const app = useApp();
  const { roles, programId } = app;
  const sections = [];
  if (programId && app.isStaff) sections.push(<ProgramOverview key="overview" programId={programId} />);
  if (programId && roles.includes('district_representative')) {
    sections.push(
      <section key="district">
        <h2>Candidates in your district</h2>
        <EnrollmentList programId={programId} />
      </section>,
    );
  }
  if (roles.includes('coach')) sections.push(<CoachHome key="coach" programId={programId} />);
  if (roles.includes('candidate')) sections.push(<CandidateHome key="candidate" programId={programId} />);
  if (programId && (roles.includes('coach') || roles.includes('candidate'))) {
    sections.push(<UpcomingEvents key="events" programId={programId} />);
  }
  if (app.isAdmin && (!programId || app.me.memberships.length === 0)) sections.push(<Programs key="programs" />);

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

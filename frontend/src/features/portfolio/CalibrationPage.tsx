import { Link, useParams } from 'react-router';
import type { Enrollment } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { useEnrollment } from '../enrollments/queries';
import { CalibrationSheet } from './CalibrationSheet';
import './portfolio.css';

/**
 * `/enrollments/:id/calibration`: the candidate's Portfolio Calibration sheet, the e-portfolio's
 * dates and hours on one page: cohort meetings, professional learning, job shadow or visit,
 * coaching hours by month, reflections.
 */
export function CalibrationPage() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  return (
    <QueryView query={enrollment} what="Loading the enrollment">
      {(e) => <CalibrationScreen enrollment={e} />}
    </QueryView>
  );
}

function CalibrationScreen({ enrollment: e }: { enrollment: Enrollment }) {
  const { me } = useApp();
  const own = e.candidate.id === me.user.id;
  return (
    <>
      <p className="breadcrumb">
        {own ? <Link to="/">Home</Link> : <Link to={`/enrollments/${e.id}`}>{e.candidate.display_name}</Link>} /{' '}
        <Link to={`/enrollments/${e.id}/documents`}>E-portfolio</Link> / Portfolio Calibration
      </p>
      <h1>Portfolio Calibration</h1>
      <nav className="actions" aria-label="This sheet">
        <Link to={`/enrollments/${e.id}/calibration/print`}>Print view</Link>
      </nav>
      <CalibrationSheet enrollment={e} />
    </>
  );
}

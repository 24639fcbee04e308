import { Link, useParams } from 'react-router';
import type { Enrollment } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useApp } from '../../lib/context';
import { useEnrollment } from '../enrollments/queries';
import { CalibrationSheet } from './CalibrationSheet';
import './portfolio.css';

/** `/enrollments/:id/calibration/print`: the handbook's Portfolio Calibration sheet on paper. */
export function CalibrationPrint() {
  const { id = '' } = useParams();
  const enrollment = useEnrollment(id);
  return (
    <QueryView query={enrollment} what="Loading the enrollment">
      {(e) => <PrintSheet enrollment={e} />}
    </QueryView>
  );
}

function PrintSheet({ enrollment: e }: { enrollment: Enrollment }) {
  const { programName } = useApp();
  return (
    <article className="print-sheet calibration-print" aria-labelledby="calibration-print-title">
      <div className="no-print actions">
        <button type="button" onClick={() => window.print()}>
          Print
        </button>
        <Link to={`/enrollments/${e.id}/calibration`}>Back to the sheet</Link>
      </div>
      <header className="print-head">
        {programName && <p className="muted">{programName}</p>}
        <p className="print-kicker">Clear Administrative Services Credential Program</p>
        <h1 id="calibration-print-title">Portfolio Calibration</h1>
      </header>
      <CalibrationSheet enrollment={e} />
    </article>
  );
}

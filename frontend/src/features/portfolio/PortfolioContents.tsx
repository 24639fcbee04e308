import { Link } from 'react-router';
import type { Enrollment } from '../../api/types';
import { ErrorBox, Loading, StatusBadge } from '../../components/ui';
import { STATE_LABELS } from '../completion/completionLabels';
import { useCompletion } from '../completion/queries';
import { refused } from './PartView';
import { contentsLines } from './portfolioContents';
import '../completion/completion.css';
import './portfolio.css';

/**
 * The e-portfolio's table of contents, as the handbook lists its documents: each section with
 * its state and what the records show, from the Program Completion Verification the API computes,
 * and a link to where it is for readers who may open it (the confidential records only with
 * `can.read_records`); then the Portfolio Calibration sheet.
 */
export function PortfolioContents({ enrollment: e }: { enrollment: Enrollment }) {
  const completion = useCompletion(e.id);
  const lines = contentsLines(e.id, e.can.read_records, completion.data ?? null);
  return (
    <section className="card portfolio-contents" aria-labelledby="portfolio-contents">
      <h2 id="portfolio-contents">Portfolio contents</h2>
      {completion.isPending && <Loading what="Loading the state of each section" />}
      {completion.error &&
        (refused(completion.error) ? (
          <p className="muted">The state of each section is not yours to see.</p>
        ) : (
          <ErrorBox error={completion.error} onRetry={() => void completion.refetch()} />
        ))}
      <ol className="portfolio-toc" aria-labelledby="portfolio-contents">
        {lines.map((l) => (
          <li key={l.key} className="toc-line">
            <span className="toc-name">{l.path ? <Link to={l.path}>{l.label}</Link> : l.label}</span>
            <span className="toc-state">{l.state && <StatusBadge status={`item-${l.state}`} label={STATE_LABELS[l.state]} />}</span>
            <span className="toc-summary">{l.summary}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

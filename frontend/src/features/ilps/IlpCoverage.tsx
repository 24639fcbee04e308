import type { Standard } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useStandards } from '../standards/queries';
import { standardName } from './ilpFields';
import { useIlpCoverage } from './queries';

function StandardList({ numbers, standards, none }: { numbers: number[]; standards: Standard[]; none: string }) {
  if (numbers.length === 0) return <p className="muted">{none}</p>;
  return (
    <ul>
      {numbers.map((n) => (
        <li key={n}>{standardName(n, standards)}</li>
      ))}
    </ul>
  );
}

/**
 * The completion checklist's two ILP items: all six CPSEL standards addressed by plans in
 * action (or completed), and every action step attained.
 */
export function IlpCoverage({ enrollmentId }: { enrollmentId: string }) {
  const query = useIlpCoverage(enrollmentId);
  const standards = useStandards().data ?? [];
  const heading = `coverage-${enrollmentId}`;
  return (
    <section aria-labelledby={heading}>
      <h2 id={heading}>CPSEL standards addressed</h2>
      <QueryView query={query} what="Loading the standards addressed">
        {(c) => (
          <div className="card">
            <p>
              {c.all_standards_addressed ? 'All six' : <strong>{c.addressed.length} of 6</strong>} CPSEL standards are addressed by
              the plans in action or completed ({c.plans} {c.plans === 1 ? 'plan' : 'plans'}, {c.completed_plans} completed);
              drafts count once they are put into action.
            </p>
            <div className="columns">
              <div>
                <h3>Addressed</h3>
                <StandardList numbers={c.addressed} standards={standards} none="None yet." />
              </div>
              <div>
                <h3>Not addressed yet</h3>
                <StandardList numbers={c.missing} standards={standards} none="None: every standard is addressed." />
              </div>
            </div>
            <p>
              Action steps attained:{' '}
              <strong>
                {c.steps_attained} of {c.steps}
              </strong>
              {c.all_steps_attained ? '. Every action step is attained.' : '.'}
            </p>
          </div>
        )}
      </QueryView>
    </section>
  );
}

import { useId } from 'react';
import type { StandardGrowth, Term } from '../../api/types';
import { chartLayout, formatTenths, inOrder } from './growth';
import { TERM_LABELS } from './ratingScale';

const LEVELS = [0, 1, 2, 3, 4];

/**
 * The mean level of each standard on each term compared, as bars on the 0–4 scale with the
 * "meets" line; each bar is labelled with its value, and the table below gives the same numbers.
 */
export function GrowthChart({ standards, terms }: { standards: StandardGrowth[]; terms: Term[] }) {
  const id = useId();
  const chart = chartLayout(standards, terms);
  const meets = chart.yOf(3);
  return (
    <figure className="growth-chart">
      <figcaption id={`${id}-caption`}>
        Mean level per standard
        <span className="chart-legend">
          {inOrder(terms).map((t) => (
            <span key={t} className="legend-item">
              <span className={`legend-swatch term-${t}`} aria-hidden="true" /> {TERM_LABELS[t]}
            </span>
          ))}
          <span className="legend-item">
            <span className="legend-line" aria-hidden="true" /> meets (3)
          </span>
        </span>
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-caption`}
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        width={chart.width}
        height={chart.height}
      >
        {LEVELS.map((l) => (
          <g key={l} className="chart-grid">
            <line x1={chart.left} x2={chart.width} y1={chart.yOf(l)} y2={chart.yOf(l)} />
            <text x={chart.left - 8} y={chart.yOf(l) + 4} textAnchor="end">
              {l}
            </text>
          </g>
        ))}
        {chart.bars.map((b) => (
          <g key={`${b.standard}-${b.term}`}>
            <rect className={`term-${b.term}`} x={b.x} y={b.y} width={chart.barWidth} height={b.height}>
              <title>
                Standard {b.standard}, {TERM_LABELS[b.term].toLowerCase()}: {formatTenths(b.tenths)}
              </title>
            </rect>
            <text className="bar-value" x={b.x + chart.barWidth / 2} y={b.y - 3} textAnchor="middle">
              {formatTenths(b.tenths)}
            </text>
          </g>
        ))}
        <line className="chart-meets" x1={chart.left} x2={chart.width} y1={meets} y2={meets} />
        {chart.groups.map((g) => (
          <text key={g.standard} className="chart-group" x={g.x} y={chart.bottom + 18} textAnchor="middle">
            Standard {g.standard}
          </text>
        ))}
      </svg>
    </figure>
  );
}

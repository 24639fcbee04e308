import { Link, useSearchParams } from 'react-router';
import type { StandardElement } from '../../api/types';
import { QueryView } from '../../components/ui';
import { useStandards } from './queries';

const LEVELS: { key: keyof StandardElement['levels']; label: string }[] = [
  { key: 'directed_toward', label: 'Directed toward (1)' },
  { key: 'approaches', label: 'Approaches (2)' },
  { key: 'meets', label: 'Meets (3)' },
  { key: 'exemplifies', label: 'Exemplifies (4)' },
];

/** Read-only CPSEL browser: standards → elements → example indicators and the DOP continuum. */
export function Standards() {
  const [params] = useSearchParams();
  const query = useStandards();
  return (
    <>
      <h1>California Professional Standards for Education Leaders</h1>
      <QueryView query={query} what="Loading the standards">
        {(standards) => {
          if (!standards.length) return <p>No standards are loaded.</p>;
          const selected = standards.find((s) => String(s.number) === params.get('standard')) ?? standards[0]!;
          return (
            <div className="standards">
              <nav aria-label="Standards" className="standards-nav">
                <ol>
                  {standards.map((s) => (
                    <li key={s.number}>
                      <Link
                        to={`?standard=${s.number}`}
                        aria-current={s.number === selected.number ? 'page' : undefined}
                      >
                        {s.number}. {s.title}
                      </Link>
                    </li>
                  ))}
                </ol>
              </nav>
              <article className="standard">
                <h2>
                  Standard {selected.number}: {selected.title}
                </h2>
                <p className="statement">{selected.statement}</p>
                {selected.elements.map((el) => (
                  <section key={el.code} className="element card" aria-labelledby={`el-${el.code}`}>
                    <h3 id={`el-${el.code}`}>
                      {el.code} {el.title}
                    </h3>
                    <p className="statement">{el.statement}</p>
                    {el.indicators.length > 0 && (
                      <details>
                        <summary>Example indicators ({el.indicators.length})</summary>
                        <ul>
                          {el.indicators.map((t, i) => (
                            <li key={i}>{t}</li>
                          ))}
                        </ul>
                      </details>
                    )}
                    <details>
                      <summary>Descriptions of practice</summary>
                      <div className="levels">
                        {LEVELS.map((l) => (
                          <div key={l.key} className="level">
                            <h4>{l.label}</h4>
                            {(el.levels[l.key] ?? []).length ? (
                              <ul>
                                {el.levels[l.key].map((t, i) => (
                                  <li key={i}>{t}</li>
                                ))}
                              </ul>
                            ) : (
                              <p className="muted">—</p>
                            )}
                          </div>
                        ))}
                      </div>
                    </details>
                  </section>
                ))}
              </article>
            </div>
          );
        }}
      </QueryView>
    </>
  );
}

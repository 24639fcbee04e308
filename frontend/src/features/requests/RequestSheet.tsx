import { Fragment } from 'react';
import type { ProgramRequest } from '../../api/types';
import { REQUEST_FIELDS } from './requestFields';
import { answerText } from './requestForm';

/** The request's form read-only, laid out as the handbook's: the short answers, then each written one under its question. */
export function RequestSheet({ request: r }: { request: ProgramRequest }) {
  const fields = REQUEST_FIELDS[r.kind];
  const short = fields.filter((f) => f.type !== 'text');
  const written = fields.filter((f) => f.type === 'text');
  return (
    <div className="request-sheet">
      <dl className="facts">
        <dt>CASC candidate</dt>
        <dd>{r.candidate.display_name}</dd>
        {short.map((f) => (
          <Fragment key={f.key}>
            <dt>{f.label}</dt>
            <dd>{answerText(f, r.form)}</dd>
          </Fragment>
        ))}
      </dl>
      {written.map((f) => (
        <section key={f.key} className="request-answer" aria-labelledby={`answer-${f.key}`}>
          <h3 id={`answer-${f.key}`}>{f.label}</h3>
          <p className="prose">{answerText(f, r.form)}</p>
        </section>
      ))}
    </div>
  );
}

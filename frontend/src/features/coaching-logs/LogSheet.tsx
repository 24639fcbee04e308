import type { ReactNode } from 'react';
import type { ActivityCode, CoachingLog, Standard } from '../../api/types';
import { formatInstant } from '../../lib/labels';
import { LOG_STATE_LABELS, groupActivityCodes, logFieldText, logFieldsIn, type LogFieldSpec } from './logFields';

function Check({ on, children }: { on: boolean; children: ReactNode }) {
  return (
    <li className={on ? 'checked' : 'unchecked'}>
      <span className="box" aria-hidden="true">
        {on ? '☒' : '☐'}
      </span>{' '}
      <span className="visually-hidden">{on ? 'Yes: ' : 'No: '}</span>
      {children}
    </li>
  );
}

/** The fields of one part as label and value, '—' when empty. */
function Facts({ fields, log, codes }: { fields: LogFieldSpec[]; log: CoachingLog; codes: ActivityCode[] }) {
  return fields.map((f) => (
    <Fact key={f.key} label={f.label}>
      {logFieldText(f, log, codes) ?? '—'}
    </Fact>
  ));
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

interface SheetProps {
  log: CoachingLog;
  standards: Standard[];
  codes: ActivityCode[];
}

/** A checklist field: every choice the form offers, ticked or not. */
function Checklist({ field, log, standards, codes }: SheetProps & { field: LogFieldSpec }) {
  if (field.kind === 'standards') {
    const shown = standards.length ? standards : [1, 2, 3, 4, 5, 6].map((n) => ({ number: n, title: `Standard ${n}` }));
    return (
      <section>
        <h3>{field.label}</h3>
        <ul className="checklist">
          {shown.map((s) => (
            <Check key={s.number} on={log.standards.includes(s.number)}>
              {s.number} — {s.title}
            </Check>
          ))}
        </ul>
      </section>
    );
  }
  // Codes the log carries that the program no longer lists still show.
  const known = [...codes, ...log.activity_codes.filter((c) => !codes.some((a) => a.code === c)).map((c) => ({ code: c, label: c }))];
  return (
    <section>
      <h3>{field.label}</h3>
      {groupActivityCodes(known).map((g) => (
        <div key={g.label}>
          <h4>{g.label}</h4>
          <ul className="checklist">
            {g.codes.map((c) => (
              <Check key={c.code} on={log.activity_codes.includes(c.code)}>
                {c.code}. {c.label}
              </Check>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** A coaching log laid out like the handbook's Collaborative Coaching Log form, read-only. */
export function LogSheet({ log, standards, codes }: SheetProps) {
  return (
    <div className="log-sheet">
      <dl className="facts log-facts">
        <Fact label="Candidate">{log.candidate.display_name}</Fact>
        <Fact label="Coach">{log.coach.display_name}</Fact>
        <Facts fields={logFieldsIn('meeting')} log={log} codes={codes} />
        <Fact label="State">{LOG_STATE_LABELS[log.state]}</Fact>
      </dl>
      <div className="log-checks">
        {logFieldsIn('checklists').map((f) => (
          <Checklist key={f.key} field={f} log={log} standards={standards} codes={codes} />
        ))}
      </div>
      {logFieldsIn('notes').map((f) => {
        const text = logFieldText(f, log, codes);
        return (
          <section key={f.key} className="log-text">
            <h3>{f.label}</h3>
            {text ? <p className="prose">{text}</p> : <p className="muted">—</p>}
          </section>
        );
      })}
      <dl className="facts log-facts">
        <Facts fields={logFieldsIn('follow-up')} log={log} codes={codes} />
      </dl>
    </div>
  );
}

/** Who signed, and when: the coach's submission, the candidate's acknowledgement, a return. */
export function LogSignatures({ log }: { log: CoachingLog }) {
  return (
    <ul className="signatures">
      <li>
        {log.submitted_at ? (
          <>
            Submitted by coach <strong>{log.coach.display_name}</strong> at {formatInstant(log.submitted_at)}
          </>
        ) : (
          'Not submitted by the coach yet'
        )}
      </li>
      <li>
        {log.acknowledged_at ? (
          <>
            Acknowledged by candidate <strong>{(log.acknowledged_by ?? log.candidate).display_name}</strong> at{' '}
            {formatInstant(log.acknowledged_at)}
            {log.acknowledgement_comment && <> — “{log.acknowledgement_comment}”</>}
          </>
        ) : (
          'Not acknowledged by the candidate yet'
        )}
      </li>
      {log.returned_at && (
        <li>
          Returned to the coach at {formatInstant(log.returned_at)}
          {log.return_reason && <>: “{log.return_reason}”</>}
        </li>
      )}
    </ul>
  );
}

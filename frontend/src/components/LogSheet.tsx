import type { ReactNode } from 'react';
import type { ActivityCode, CoachingLog, Standard } from '../api/types';
import { LOG_STATE_LABELS, MODE_LABELS, SUPPORT_MODES, formatClock, groupActivityCodes } from '../lib/coachingLog';
import { formatDate, formatInstant } from '../lib/labels';
import { formatMinutes } from '../lib/units';

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

function Text({ title, text }: { title: string; text: string | null | undefined }) {
  return (
    <section className="log-text">
      <h3>{title}</h3>
      {text && text.trim() ? <p className="prose">{text}</p> : <p className="muted">—</p>}
    </section>
  );
}

export function modeText(mode: CoachingLog['mode']): string {
  if (!mode) return '—';
  return SUPPORT_MODES.includes(mode) ? `System of support: ${MODE_LABELS[mode]}` : MODE_LABELS[mode];
}

/** A coaching log laid out like the handbook's Collaborative Coaching Log form, read-only. */
export function LogSheet({ log, standards, codes }: { log: CoachingLog; standards: Standard[]; codes: ActivityCode[] }) {
  // Codes the log carries that the program no longer lists still show.
  const known = [...codes, ...log.activity_codes.filter((c) => !codes.some((a) => a.code === c)).map((c) => ({ code: c, label: c }))];
  const next = [formatDate(log.next_meeting_date), log.next_meeting_time ? formatClock(log.next_meeting_time) : null]
    .filter((s) => s && s !== '—')
    .join(' at ');
  return (
    <div className="log-sheet">
      <dl className="facts log-facts">
        <dt>Candidate</dt>
        <dd>{log.candidate.display_name}</dd>
        <dt>Coach</dt>
        <dd>{log.coach.display_name}</dd>
        <dt>Meeting date</dt>
        <dd>{formatDate(log.meeting_date)}</dd>
        <dt>Time</dt>
        <dd>{formatClock(log.start_time)}</dd>
        <dt>Duration</dt>
        <dd>{log.duration_minutes === null || log.duration_minutes === undefined ? '—' : formatMinutes(log.duration_minutes)}</dd>
        <dt>Mode</dt>
        <dd>{modeText(log.mode)}</dd>
        <dt>State</dt>
        <dd>{LOG_STATE_LABELS[log.state]}</dd>
      </dl>
      <div className="log-checks">
        <section>
          <h3>Activities</h3>
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
        <section>
          <h3>CPSEL standards addressed</h3>
          <ul className="checklist">
            {(standards.length ? standards : [1, 2, 3, 4, 5, 6].map((n) => ({ number: n, title: `Standard ${n}` }))).map((s) => (
              <Check key={s.number} on={log.standards.includes(s.number)}>
                {s.number} — {s.title}
              </Check>
            ))}
          </ul>
        </section>
      </div>
      <Text title="Current focus, challenges & celebrations" text={log.focus} />
      <Text title="Candidate’s next steps" text={log.candidate_next_steps} />
      <Text title="Coach’s next steps" text={log.coach_next_steps} />
      <Text title="ILP revisions" text={log.ilp_revisions} />
      <section className="log-text">
        <h3>Next meeting date & time</h3>
        <p>{next || '—'}</p>
      </section>
      <p>
        <strong>Reflective follow-up conversation held:</strong>{' '}
        {log.follow_up_done === null || log.follow_up_done === undefined ? '—' : log.follow_up_done ? 'Yes' : 'No'}
      </p>
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

import { useId, useState } from 'react';
import { Link } from 'react-router';
import { formProblem } from '../../api/problem';
import type { AttendanceStatus, MakeupRequest, ProgramEvent, SheetLine } from '../../api/types';
import { StatusBadge } from '../../components/ui';
import { useRecordDraft } from '../../lib/draft';
import { REGISTRATION_STATE_LABELS, sentence } from '../events/eventLabels';
import { ATTENDANCE_STATUSES, ATTENDANCE_STATUS_LABELS, makeupText } from './attendanceLabels';
import { MakeupForm } from './MakeupForm';
import { MarkHistory } from './MarkHistory';
import { useMarkAttendance } from './mutations';
import { MAKEUP_FIELDS, canMakeUp, makeupRequest, markBody } from './sheet';

const CHANGED_MEANWHILE =
  'Someone else changed this mark meanwhile; the sheet now shows their change. Mark it again if yours still holds.';

interface Props {
  line: SheetLine;
  event: ProgramEvent;
  /** The sheet's `can.mark`: a coordinator, once the event has started. */
  canMark: boolean;
}

/**
 * One person on the sign-in sheet: Attended, Absent or Excused, saved as soon as it is chosen;
 * a note, saved when the person leaves it; the make-up of an absence; and the mark's history.
 */
export function SheetRow({ line, event, canMark }: Props) {
  const a = line.attendance ?? null;
  const name = line.person.display_name;
  const noteId = useId();
  const mark = useMarkAttendance(event.id);
  const [note, setNote] = useRecordDraft({ version: a?.version ?? 0, note: a?.note ?? '' }, (r) => r.note);
  const [makeupOpen, setMakeupOpen] = useState(false);
  const editable = canMark && (!a || a.can.correct);
  // While a choice is being saved, it shows as chosen.
  const status = mark.isPending ? mark.variables.body.status : a?.status;

  const problem = mark.error ? formProblem(mark.error) : null;
  const noteError = problem?.fields.note;
  const messages = problem?.conflict
    ? [CHANGED_MEANWHILE]
    : [
        ...(problem?.general ?? []),
        ...Object.entries(problem?.fields ?? {})
          .filter(([field]) => field !== 'note' && !MAKEUP_FIELDS.includes(field))
          .map(([, message]) => message),
      ].map(sentence);

  /** Sends the whole mark, as a PUT replaces it: what changed, and the rest as the sheet shows it. */
  const save = (next: AttendanceStatus, change: { note?: string; makeup?: MakeupRequest | null } = {}) => {
    const makeup = change.makeup !== undefined ? change.makeup : a?.makeup ? makeupRequest(a.makeup) : null;
    mark.mutate(
      { userId: line.person.id, body: markBody(next, change.note ?? note, canMakeUp(event.kind, next) ? makeup : null) },
      {
        onError: (err) => {
          if (Object.keys(formProblem(err).fields).some((f) => MAKEUP_FIELDS.includes(f))) setMakeupOpen(true);
        },
      },
    );
  };
  const saveNote = () => {
    if (a && note.trim() !== a.note) save(a.status, { note });
  };

  return (
    <tr>
      <th scope="row">
        {name}
        {(a?.walk_in || !line.registration_state) && <StatusBadge status="walk-in" label="Walk-in" />}
        <div className="muted">{line.person.email}</div>
      </th>
      <td>{line.registration_state ? REGISTRATION_STATE_LABELS[line.registration_state] : 'Not registered'}</td>
      <td>
        <div role="radiogroup" aria-label={`Attendance of ${name}`} className="mark-choices">
          {ATTENDANCE_STATUSES.map((s) => (
            <label key={s} className="checkbox">
              <input
                type="radio"
                name={`attendance-${line.person.id}`}
                value={s}
                checked={status === s}
                disabled={!editable}
                onChange={() => save(s)}
              />
              <span>{ATTENDANCE_STATUS_LABELS[s]}</span>
            </label>
          ))}
        </div>
        <p className="mark-state muted" role="status">
          {mark.isPending ? 'Saving…' : mark.isSuccess ? 'Saved' : ''}
        </p>
        {messages.map((m) => (
          <p key={m} className="field-error" role="alert">
            {m}
          </p>
        ))}
        {a?.makeup && <p className="muted">{makeupText(a.makeup)}</p>}
      </td>
      <td>
        <label htmlFor={noteId} className="visually-hidden">
          Note on {name}’s attendance
        </label>
        <input
          id={noteId}
          type="text"
          className="mark-note"
          value={note}
          disabled={!editable}
          aria-invalid={noteError ? true : undefined}
          aria-describedby={noteError ? `${noteId}-error` : undefined}
          placeholder={a ? 'Note' : 'Note, saved with the mark'}
          onChange={(e) => setNote(e.target.value)}
          onBlur={saveNote}
        />
        {noteError && (
          <p id={`${noteId}-error`} className="field-error">
            {sentence(noteError)}
          </p>
        )}
      </td>
      <td className="mark-more">
        {a && editable && canMakeUp(event.kind, a.status) && (
          <details open={makeupOpen} onToggle={(e) => setMakeupOpen(e.currentTarget.open)}>
            <summary>
              Make-up<span className="visually-hidden"> for {name}</span>
            </summary>
            {makeupOpen && (
              <MakeupForm
                event={event}
                makeup={a.makeup ?? null}
                problem={problem}
                pending={mark.isPending}
                onSave={(makeup) => save(a.status, { makeup })}
              />
            )}
          </details>
        )}
        {a && <MarkHistory mark={a} />}
        {a?.can.certificate && (
          <Link to={`/attendance/${a.id}/certificate`}>
            Proof of attendance<span className="visually-hidden"> of {name}</span>
          </Link>
        )}
      </td>
    </tr>
  );
}

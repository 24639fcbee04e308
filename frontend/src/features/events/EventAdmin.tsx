import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ProgramEvent } from '../../api/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FormAlert, TextField, orNull, preventDefault, useFormProblem } from '../../components/forms';
import { useCancelEvent, useCopyEvent } from './mutations';

/** "Copy to another date": the copy keeps everything but its day, and opens. */
export function CopyEvent({ event: e }: { event: ProgramEvent }) {
  const navigate = useNavigate();
  const [startsOn, setStartsOn] = useState('');
  const form = useFormProblem(['starts_on']);
  const copy = useCopyEvent(e);
  const submit = () => {
    if (!startsOn) return form.invalid({ starts_on: 'Choose the day of the copy.' });
    form.clear();
    copy.mutate(startsOn, {
      onError: form.fail,
      onSuccess: (c) => navigate(`/events/${c.id}`, { state: { copied: true } }),
    });
  };
  return (
    <form className="card" onSubmit={preventDefault(submit)} noValidate aria-labelledby="copy-event">
      <h3 id="copy-event">Copy to another date</h3>
      <FormAlert problem={form.problem} />
      <TextField
        name="starts_on"
        label="Day of the copy"
        type="date"
        value={startsOn}
        onChange={setStartsOn}
        hint="The times and the registration window move by as many days; the copy starts with no registrations."
        error={form.field('starts_on')}
        required
      />
      <button type="submit" disabled={copy.isPending}>
        {copy.isPending ? 'Copying…' : 'Copy event'}
      </button>
    </form>
  );
}

/** "Cancel event", with a reason for the record; everyone's registration is kept as "event cancelled". */
export function CancelEvent({ event: e, onReload }: { event: ProgramEvent; onReload: () => void }) {
  const [reason, setReason] = useState('');
  const form = useFormProblem(['reason']);
  const cancel = useCancelEvent(e);
  const registered = e.slots_used + e.waitlisted;
  return (
    <form className="card" onSubmit={preventDefault(() => undefined)} noValidate aria-labelledby="cancel-event">
      <h3 id="cancel-event">Cancel the event</h3>
      <FormAlert problem={form.problem} onReload={onReload} />
      <TextField
        name="reason"
        label="Reason"
        value={reason}
        onChange={setReason}
        multiline
        hint="Optional; kept in the audit log."
        error={form.field('reason')}
      />
      <ConfirmButton
        label="Cancel event"
        question={
          registered
            ? `Cancel it for the ${registered} ${registered === 1 ? 'person' : 'people'} registered? They are not notified.`
            : 'Cancel this event?'
        }
        confirm="Yes, cancel the event"
        busy={cancel.isPending}
        onConfirm={() => {
          form.clear();
          cancel.mutate(orNull(reason), { onError: form.fail });
        }}
      />
    </form>
  );
}

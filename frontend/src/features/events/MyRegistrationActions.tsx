import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorMessage } from '../../api/problem';
import type { ProgramEvent } from '../../api/types';
import { ConfirmButton } from '../../components/ConfirmButton';
import { StatusBadge } from '../../components/ui';
import { isOpen, myStateLabel, sentence } from './eventLabels';
import { useCancelRegistration, useRegister } from './mutations';

/**
 * The signed-in person and one event: their state ("Registered", "Waitlisted — place 2"), and
 * Register or Cancel registration; else why they may not register now, as the API says it.
 * Cancel is offered only while the API says they may (`can_cancel`: until the event starts and
 * while registration is open); after that, changes go through the program coordinator.
 * Registering opens the registration's confirmation page.
 */
export function MyRegistrationActions({ event: e }: { event: ProgramEvent }) {
  const navigate = useNavigate();
  const register = useRegister(e.id);
  const cancel = useCancelRegistration(e.id);
  const [error, setError] = useState<string | null>(null);
  const mine = e.my_registration;
  const label = myStateLabel(mine);
  const open = isOpen(mine);
  const canCancel = open && !!mine?.can_cancel;
  /** Holds a place (or waits) on a scheduled event, but may no longer cancel it themself. */
  const locked = open && !canCancel && e.status === 'scheduled';
  const fail = (err: unknown) => setError(sentence(errorMessage(err)));

  const doRegister = () => {
    setError(null);
    register.mutate(undefined, {
      onError: fail,
      onSuccess: (r) => navigate(`/registrations/${r.id}`, { state: { saved: true } }),
    });
  };
  const doCancel = () => {
    if (!mine) return;
    setError(null);
    cancel.mutate({ id: mine.id, version: mine.version }, { onError: fail });
  };

  return (
    <div className="my-registration">
      {mine && label && (
        <p className="my-state">
          <StatusBadge status={`reg-${mine.state}`} label={label} />{' '}
          <Link to={`/registrations/${mine.id}`}>
            Your registration<span className="visually-hidden"> for {e.title}</span>
          </Link>
        </p>
      )}
      {(e.can.register || canCancel) && (
        <div className="actions">
          {e.can.register && (
            <button type="button" disabled={register.isPending} aria-label={`Register for ${e.title}`} onClick={doRegister}>
              {register.isPending ? 'Registering…' : 'Register'}
            </button>
          )}
          {canCancel && (
            <ConfirmButton
              label="Cancel registration"
              name={`Cancel registration for ${e.title}`}
              question={mine?.state === 'waitlisted' ? 'Leave the waitlist?' : 'Give up your place?'}
              confirm="Yes, cancel it"
              busy={cancel.isPending}
              onConfirm={doCancel}
            />
          )}
        </div>
      )}
      {locked && <p className="muted closed-because">Registration changes now go through the program coordinator.</p>}
      {!e.can.register && !open && e.registration_closed_because && (
        <p className="muted closed-because">{sentence(e.registration_closed_because)}</p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

import { TextField } from '../../components/forms';

interface Props {
  next: string;
  confirm: string;
  onNext: (value: string) => void;
  onConfirm: (value: string) => void;
  /** The message beside a field (`new_password`, `confirm`), from the browser's checks or the server. */
  error: (field: string) => string | undefined;
}

/** A new password typed twice, as changing a password and choosing one with a link both ask. */
export function NewPasswordFields({ next, confirm, onNext, onConfirm, error }: Props) {
  return (
    <>
      <TextField
        name="new_password"
        label="New password"
        type="password"
        value={next}
        onChange={onNext}
        autoComplete="new-password"
        hint="12 to 128 characters; not a common password, and not containing your username or email."
        error={error('new_password')}
        required
      />
      <TextField
        name="confirm"
        label="Confirm new password"
        type="password"
        value={confirm}
        onChange={onConfirm}
        autoComplete="new-password"
        error={error('confirm')}
        required
      />
    </>
  );
}

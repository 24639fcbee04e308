import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import type { CompletionVerification } from '../../api/types';
import { Notice } from '../../components/ui';
import { formatInstant } from '../../lib/labels';
import { SIGNERS, SIGNER_LABELS } from './completionLabels';
import { SignForm } from './SignForm';

/**
 * The four signatures in the handbook's order, each a name and a date and time or "not signed",
 * and "Sign as …" when the form's `can.sign` offers it to the reader.
 */
export function Signatures({ form }: { form: CompletionVerification }) {
  const [done, setDone] = useState<string | null>(null);
  const unconfirmed = form.items.some((i) => i.on_the_form && (!i.district_representative || !i.coordinator));
  return (
    <section aria-labelledby="completion-signatures">
      <h2 id="completion-signatures">Signatures</h2>
      {done && <Notice>{done}</Notice>}
      <div className="card">
        <dl className="facts">
          {SIGNERS.map((signer) => {
            const signature = form.signatures.find((s) => s.signer === signer);
            return (
              <Fragment key={signer}>
                <dt>{SIGNER_LABELS[signer]}</dt>
                <dd>
                  {signature ? (
                    <>
                      <strong>{signature.by.display_name}</strong>, {formatInstant(signature.at)}
                    </>
                  ) : (
                    <span className="muted">not signed</span>
                  )}
                </dd>
              </Fragment>
            );
          })}
        </dl>
      </div>
      {form.signed ? (
        <p>
          Every party has signed. The candidate’s recommendation for the credential is made on{' '}
          <Link to={`/enrollments/${form.enrollment_id}`}>the enrollment’s page</Link>.
        </p>
      ) : unconfirmed ? (
        <p className="hint">The form is signed once both columns have confirmed all ten items.</p>
      ) : (
        form.next_signer && <p className="hint">Next to sign: {SIGNER_LABELS[form.next_signer]}.</p>
      )}
      {form.can.sign && <SignForm key={form.can.sign} form={form} signer={form.can.sign} onSigned={setDone} />}
    </section>
  );
}

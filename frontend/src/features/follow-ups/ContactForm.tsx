import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { FormProblem } from '../../api/problem';
import type { ReviewFlag } from '../../api/types';
import { ChoiceGroup, FormSection, RecordForm, TextField, useFormProblem } from '../../components/forms';
import { Notice } from '../../components/ui';
import { labelOptions } from '../../lib/labels';
import { FLAG_LABELS, REVIEW_FLAGS } from '../portfolio-review/reviewLabels';
import { CONTACT_FIELDS, flagsFromQuery } from './followUpLabels';
import { useContactCandidate } from './mutations';

const FLAG_OPTIONS = labelOptions(FLAG_LABELS);

/** The messages beside the flags: the server names one flag of the list (`flags[1]`). */
function flagsError(problem: FormProblem | null): string | undefined {
  if (!problem) return undefined;
  const messages = Object.entries(problem.fields)
    .filter(([field]) => field === 'flags' || field.startsWith('flags.'))
    .map(([, message]) => message);
  return messages.length ? messages.join(' ') : undefined;
}

/**
 * "Contact the candidate": what they should know or do, and which of the review's follow-ups it
 * is about (those the review's card passed in the address are checked). Once sent, it is listed
 * below and the form is empty again.
 */
export function ContactForm({ enrollmentId, candidateName }: { enrollmentId: string; candidateName: string }) {
  const [params] = useSearchParams();
  const [message, setMessage] = useState('');
  const [flags, setFlags] = useState<ReviewFlag[]>(() => flagsFromQuery(params.get('flags')));
  const [sent, setSent] = useState(false);
  const form = useFormProblem(CONTACT_FIELDS);
  const contact = useContactCandidate(enrollmentId);

  const send = () => {
    form.clear();
    setSent(false);
    contact.mutate(
      { message: message.trim(), flags },
      {
        onError: form.fail,
        onSuccess: () => {
          setMessage('');
          setFlags([]);
          setSent(true);
        },
      },
    );
  };

  return (
    <FormSection id="contact-candidate" title="Contact the candidate" card>
      <p className="muted">{candidateName} reads the message on their home until it is resolved here.</p>
      {sent && <Notice>Sent to {candidateName}: it is listed below, open until resolved.</Notice>}
      <RecordForm
        className="follow-up-form"
        problem={form.problem}
        onSubmit={send}
        submitLabel={contact.isPending ? 'Sending…' : 'Send'}
        pending={contact.isPending}
      >
        <TextField
          name="message"
          label="Message to the candidate"
          multiline
          required
          hint="What they should know or do."
          value={message}
          onChange={(value) => {
            setMessage(value);
            setSent(false);
          }}
          error={form.field('message')}
          disabled={contact.isPending}
        />
        <ChoiceGroup
          name="flags"
          legend="What it is about"
          type="checkbox"
          groups={[{ options: FLAG_OPTIONS }]}
          values={flags}
          onToggle={(flag, on) => setFlags((now) => REVIEW_FLAGS.filter((f) => (f === flag ? on : now.includes(f))))}
          error={flagsError(form.problem)}
          disabled={contact.isPending}
        />
      </RecordForm>
    </FormSection>
  );
}

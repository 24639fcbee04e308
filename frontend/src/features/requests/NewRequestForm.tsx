import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { RequestKind } from '../../api/types';
import { ChoiceGroup, FormSection, RecordForm, useFormProblem } from '../../components/forms';
import { useSubmitRequest } from './mutations';
import { RequestFormFields } from './RequestFormFields';
import { requestBody, requestFieldNames, type RequestDraft } from './requestForm';
import { FORM_TITLES, KIND_NOTES, REQUEST_KINDS } from './requestLabels';

const KIND_OPTIONS = REQUEST_KINDS.map((k) => ({ value: k, label: FORM_TITLES[k] }));

/**
 * "New request": the kind is chosen first, then its handbook form. What was typed stays when
 * the kind changes (a withdrawal's and a complaint's description are the same words).
 */
export function NewRequestForm({ enrollmentId, onClose }: { enrollmentId: string; onClose: () => void }) {
  const [kind, setKind] = useState<RequestKind | ''>('');
  const [draft, setDraft] = useState<RequestDraft>({});
  const form = useFormProblem(requestFieldNames(kind));
  const submit = useSubmitRequest(enrollmentId);
  const navigate = useNavigate();

  const send = () => {
    const request = requestBody(kind, draft);
    if ('errors' in request) return form.invalid(request.errors);
    form.clear();
    submit.mutate(request.body, {
      onError: form.fail,
      onSuccess: (created) => navigate(`/requests/${created.id}`, { state: { submitted: true } }),
    });
  };

  return (
    <FormSection id="new-request" title="New request" card>
      <RecordForm
        className="request-form"
        problem={form.problem}
        onSubmit={send}
        submitLabel={submit.isPending ? 'Submitting…' : 'Submit request'}
        pending={submit.isPending}
        onCancel={onClose}
      >
        <ChoiceGroup
          name="kind"
          legend="Which request?"
          type="radio"
          required
          groups={[{ options: KIND_OPTIONS }]}
          values={kind ? [kind] : []}
          onToggle={(value) => {
            setKind(value as RequestKind);
            form.clear();
          }}
          error={form.field('kind')}
          disabled={submit.isPending}
        />
        {kind && (
          <>
            <h3>{FORM_TITLES[kind]}</h3>
            <p className="kind-note hint">{KIND_NOTES[kind]}</p>
            <RequestFormFields
              kind={kind}
              draft={draft}
              onChange={(key, value) => setDraft((d) => ({ ...d, [key]: value }))}
              field={form.field}
              disabled={submit.isPending}
            />
          </>
        )}
      </RecordForm>
    </FormSection>
  );
}

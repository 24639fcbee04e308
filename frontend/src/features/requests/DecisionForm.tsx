import { useState } from 'react';
import type { FormProblem } from '../../api/problem';
import type { ProgramRequest, WaivableTopic } from '../../api/types';
import { CheckboxField, ChoiceGroup, FormAlert, TextField, preventDefault } from '../../components/forms';
import { labelOptions } from '../../lib/labels';
import { CoachSelect } from '../enrollments/CoachSelect';
import { useEnrollment } from '../enrollments/queries';
import { decisionBody, decisionParts, decisionProblem, emptyDecision, partLabel, type DecisionDraft, type DecisionPart } from './decisionForm';
import { useDecideRequest } from './mutations';
import { TOPIC_LABELS } from './requestLabels';
import { activitiesForTopics } from './waivedPl';
import { WaivedPlField } from './WaivedPlField';

const VERDICTS = [
  { value: 'approve', label: 'Approve' },
  { value: 'deny', label: 'Deny' },
];

/** What an approval does beyond the request, said before it is made. */
const APPROVAL_NOTES: Partial<Record<ProgramRequest['kind'], string>> = {
  change_of_coach: 'The current coach’s assignment ends the day before the new coach starts.',
  extension: 'Approving extends the program by one year and adds the extension fee to the candidate’s payment plan.',
  withdrawal: 'Approving withdraws the candidate on their last day, ends their coaching and drops the installments due after it.',
};

interface Props {
  request: ProgramRequest;
  onDone: (message: string) => void;
  onStale: () => void;
}

/**
 * Approve or deny, always with a reason, and what the kind's decision records: the new coach
 * and the day they start; the last day and whether the withdrawal fee is charged; the
 * complaint's meeting and plan of action; the topics waived, of those asked for, and the PL
 * activities they waive.
 */
export function DecisionForm({ request: r, onDone, onStale }: Props) {
  const [draft, setDraft] = useState<DecisionDraft>(() => emptyDecision(r));
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const decide = useDecideRequest(r);
  const parts = decisionParts(r.kind, draft.verdict);
  const set = (change: Partial<DecisionDraft>) => setDraft((d) => ({ ...d, ...change }));
  const field = (name: string) => problem?.fields[name];

  const submit = () => {
    setProblem(null);
    const decision = decisionBody(r.kind, draft);
    if ('errors' in decision) return setProblem({ fields: decision.errors, general: [], conflict: false });
    // The server names a waived activity by its place in the list sent.
    const sent = draft.waived_pl;
    decide.mutate(decision.body, {
      onSuccess: (done) => onDone(done.decision?.approved ? 'The request is approved.' : 'The request is denied.'),
      onError: (err) => {
        const p = decisionProblem(err, sent);
        if (p.conflict) onStale();
        else setProblem(p);
      },
    });
  };

  return (
    <form className="card request-decision-form" aria-labelledby="decide" onSubmit={preventDefault(submit)} noValidate>
      <h3 id="decide">Decide</h3>
      <FormAlert problem={problem} />
      <ChoiceGroup
        name="approved"
        legend="Decision"
        type="radio"
        required
        groups={[{ options: VERDICTS }]}
        values={draft.verdict ? [draft.verdict] : []}
        onToggle={(v) => set({ verdict: v as DecisionDraft['verdict'] })}
        error={field('approved')}
        hint={draft.verdict === 'approve' ? APPROVAL_NOTES[r.kind] : undefined}
      />
      <TextField
        name="reason"
        label="Reason for the decision"
        multiline
        required
        hint="Said to the candidate either way."
        value={draft.reason}
        onChange={(reason) => set({ reason })}
        error={field('reason')}
      />
      {parts.map((part) => (
        <Part key={part} part={part} request={r} draft={draft} set={set} field={field} />
      ))}
      <button type="submit" disabled={decide.isPending}>
        {decide.isPending ? 'Recording…' : 'Record the decision'}
      </button>
    </form>
  );
}

interface PartProps {
  part: DecisionPart;
  request: ProgramRequest;
  draft: DecisionDraft;
  set: (change: Partial<DecisionDraft>) => void;
  /** The message beside an input, by the form's key. */
  field: (key: string) => string | undefined;
}

function Part({ part, request: r, draft, set, field }: PartProps) {
  const label = partLabel(r.kind, part);
  const error = field(part);
  switch (part) {
    case 'new_coach_id':
      return <NewCoachSelect request={r} value={draft.new_coach_id} onChange={(new_coach_id) => set({ new_coach_id })} error={error} />;
    case 'effective_on':
    case 'meeting_on':
      return (
        <TextField name={part} label={label} type="date" required value={draft[part]} onChange={(v) => set({ [part]: v })} error={error} />
      );
    case 'charge_withdrawal_fee':
      return (
        <CheckboxField
          name={part}
          label={label}
          checked={draft.charge_withdrawal_fee}
          onChange={(charge_withdrawal_fee) => set({ charge_withdrawal_fee })}
          error={error}
        />
      );
    case 'plan_of_action':
      return (
        <TextField
          name={part}
          label={label}
          multiline
          required
          hint="The mutually agreed upon plan to rectify the situation."
          value={draft.plan_of_action}
          onChange={(plan_of_action) => set({ plan_of_action })}
          error={error}
        />
      );
    case 'waived_topics': {
      // Only the topics the candidate asked to have waived may be.
      const asked = r.form.kind === 'doctoral_waiver' ? r.form.topics : [];
      return (
        <ChoiceGroup
          name={part}
          legend={label}
          type="checkbox"
          required
          hint="Of those asked for: the topics the doctoral coursework covered."
          groups={[{ options: labelOptions(TOPIC_LABELS, asked) }]}
          values={draft.waived_topics}
          onToggle={(t, on) => {
            const waived_topics = asked.filter((x) => (x === t ? on : draft.waived_topics.includes(x))) as WaivableTopic[];
            set({ waived_topics, waived_pl: activitiesForTopics(draft.waived_pl, waived_topics) });
          }}
          error={error}
        />
      );
    }
    case 'waived_pl':
      return (
        <WaivedPlField
          programId={r.program_id}
          legend={label}
          topics={draft.waived_topics}
          activities={draft.waived_pl}
          onChange={(waived_pl) => set({ waived_pl })}
          error={field}
        />
      );
  }
}

/** The program's coaches, but neither the candidate nor the coach they have now. */
interface NewCoachProps {
  request: ProgramRequest;
  value: string;
  onChange: (coachId: string) => void;
  error?: string;
}

function NewCoachSelect({ request: r, value, onChange, error }: NewCoachProps) {
  const current = useEnrollment(r.enrollment_id).data?.current_coach?.id;
  return (
    <CoachSelect
      programId={r.program_id}
      exclude={current ? [r.candidate.id, current] : [r.candidate.id]}
      name="new_coach_id"
      label={partLabel(r.kind, 'new_coach_id')}
      value={value}
      onChange={onChange}
      error={error}
      required
    />
  );
}

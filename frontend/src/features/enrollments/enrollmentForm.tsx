import type { Cohort, CostStructure, District, Employment, Enrollment, FeePlan, Position } from '../../api/types';
import { SelectField, TextField, orNull } from '../../components/forms';
import { COST_STRUCTURE_LABELS, EMPLOYMENT_LABELS, POSITION_LABELS, labelOptions } from '../../lib/labels';
import { FeePlanFields } from '../fees/FeePlanFields';
import { partAsTyped, partErrors, partOf } from '../fees/feePlan';

export interface EnrollmentDraft {
  cohort_id: string;
  start_date: string;
  district_id: string;
  position: Position | '';
  employment: Employment | '';
  cost_structure: CostStructure | '';
  fee_payer: FeePlan;
  /** Plan C: the candidate's part of the program fee, in dollars as typed. */
  candidate_fee: string;
  site: string;
  supervisor_name: string;
  supervisor_email: string;
  credential_number: string;
  credential_issued_on: string;
  appointment_date: string;
  agreement_signed_on: string;
  employment_verified_on: string;
}

export const EMPTY_ENROLLMENT: EnrollmentDraft = {
  cohort_id: '',
  start_date: '',
  district_id: '',
  position: '',
  employment: 'full_time',
  cost_structure: 'program_provides_coach',
  fee_payer: 'agency',
  candidate_fee: '',
  site: '',
  supervisor_name: '',
  supervisor_email: '',
  credential_number: '',
  credential_issued_on: '',
  appointment_date: '',
  agreement_signed_on: '',
  employment_verified_on: '',
};

export const ENROLLMENT_FIELDS = [
  'candidate_id',
  'candidate_fee_cents',
  ...(Object.keys(EMPTY_ENROLLMENT) as (keyof EnrollmentDraft)[]),
] as string[];

export function draftFromEnrollment(e: Enrollment): EnrollmentDraft {
  return {
    cohort_id: e.cohort_id,
    start_date: e.start_date,
    district_id: e.district_id,
    position: e.position,
    employment: e.employment,
    cost_structure: e.cost_structure,
    fee_payer: e.fee_payer,
    candidate_fee: partAsTyped(e.candidate_fee_cents),
    site: e.site ?? '',
    supervisor_name: e.supervisor_name ?? '',
    supervisor_email: e.supervisor_email ?? '',
    credential_number: e.credential_number ?? '',
    credential_issued_on: e.credential_issued_on ?? '',
    appointment_date: e.appointment_date ?? '',
    agreement_signed_on: e.agreement_signed_on ?? '',
    employment_verified_on: e.employment_verified_on ?? '',
  };
}

/** The optional fields of a new enrollment; empty ones are left out. */
export function optionalFields(d: EnrollmentDraft) {
  return {
    site: orNull(d.site) ?? undefined,
    supervisor_name: orNull(d.supervisor_name) ?? undefined,
    supervisor_email: orNull(d.supervisor_email) ?? undefined,
    credential_number: orNull(d.credential_number) ?? undefined,
    credential_issued_on: orNull(d.credential_issued_on) ?? undefined,
    appointment_date: orNull(d.appointment_date) ?? undefined,
  };
}

/**
 * The optional fields of an enrollment update. Every field is sent: "" clears text and null
 * clears a date on the server.
 */
export function optionalChanges(d: EnrollmentDraft) {
  return {
    site: d.site.trim(),
    supervisor_name: d.supervisor_name.trim(),
    supervisor_email: d.supervisor_email.trim(),
    credential_number: d.credential_number.trim(),
    credential_issued_on: d.credential_issued_on || null,
    appointment_date: d.appointment_date || null,
    agreement_signed_on: d.agreement_signed_on || null,
    employment_verified_on: d.employment_verified_on || null,
  };
}

/** Who pays, with a split plan's part in cents, as the request sends them. */
export function planFields(d: EnrollmentDraft) {
  return { fee_payer: d.fee_payer, ...partOf(d.fee_payer, d.candidate_fee) };
}

/**
 * Browser-side checks for the required choices and a split plan's part (below the `programFee`
 * when known), keyed like the server's field errors.
 */
export function draftErrors(d: EnrollmentDraft, programFee?: number): Record<string, string> {
  const errors: Record<string, string> = partErrors(d.fee_payer, d.candidate_fee, programFee);
  if (!d.cohort_id) errors.cohort_id = 'Choose a cohort.';
  if (!d.start_date) errors.start_date = 'Enter the start date.';
  if (!d.district_id) errors.district_id = 'Choose a district.';
  if (!d.position) errors.position = 'Choose a position.';
  if (!d.employment) errors.employment = 'Choose full or part time.';
  if (!d.cost_structure) errors.cost_structure = 'Choose who provides the coach.';
  return errors;
}

export function EnrollmentFields({
  draft,
  onChange,
  field,
  cohorts,
  districts,
  programFee,
  withVerification,
}: {
  draft: EnrollmentDraft;
  onChange: (d: EnrollmentDraft) => void;
  field: (name: string) => string | undefined;
  cohorts: Cohort[];
  districts: District[];
  /** The program fee of the draft's cost structure, once known (a split plan's part stays below it). */
  programFee: number | undefined;
  withVerification?: boolean;
}) {
  const set =
    <K extends keyof EnrollmentDraft>(k: K) =>
    (v: string) =>
      onChange({ ...draft, [k]: v });
  const text = (k: keyof EnrollmentDraft, label: string, type: 'text' | 'email' | 'date' = 'text', hint?: string) => (
    <TextField name={k} label={label} type={type} value={draft[k]} onChange={set(k)} error={field(k)} hint={hint} />
  );
  return (
    <>
      <fieldset className="card">
        <legend>Program</legend>
        <SelectField
          name="cohort_id"
          label="Cohort"
          value={draft.cohort_id}
          onChange={(cohort_id) => {
            // A new cohort suggests its start date unless one was typed.
            const cohort = cohorts.find((c) => c.id === cohort_id);
            const start = !draft.start_date && cohort ? cohort.start_date : draft.start_date;
            onChange({ ...draft, cohort_id, start_date: start });
          }}
          placeholder="Choose a cohort"
          options={cohorts.map((c) => ({ value: c.id, label: c.label }))}
          error={field('cohort_id')}
          required
        />
        <TextField
          name="start_date"
          label="Start date"
          type="date"
          value={draft.start_date}
          onChange={set('start_date')}
          error={field('start_date')}
          required
        />
        <SelectField
          name="cost_structure"
          label="Cost structure"
          value={draft.cost_structure}
          onChange={set('cost_structure')}
          placeholder="Choose"
          options={labelOptions(COST_STRUCTURE_LABELS)}
          error={field('cost_structure')}
          required
        />
        <FeePlanFields
          name="fee_payer"
          plan={draft.fee_payer}
          part={draft.candidate_fee}
          onPlan={set('fee_payer')}
          onPart={set('candidate_fee')}
          programFee={programFee}
          field={field}
        />
      </fieldset>
      <fieldset className="card">
        <legend>Employment</legend>
        <SelectField
          name="district_id"
          label="District"
          value={draft.district_id}
          onChange={set('district_id')}
          placeholder="Choose a district"
          options={districts.map((d) => ({ value: d.id, label: d.name }))}
          error={field('district_id')}
          required
        />
        {text('site', 'Site')}
        <SelectField
          name="position"
          label="Position"
          value={draft.position}
          onChange={set('position')}
          placeholder="Choose a position"
          options={labelOptions(POSITION_LABELS)}
          error={field('position')}
          required
        />
        <SelectField
          name="employment"
          label="Employment"
          value={draft.employment}
          onChange={set('employment')}
          placeholder="Choose"
          options={labelOptions(EMPLOYMENT_LABELS)}
          error={field('employment')}
          required
        />
        {text('appointment_date', 'Administrative appointment date', 'date')}
        {text('supervisor_name', 'Supervisor name')}
        {text('supervisor_email', 'Supervisor email', 'email', 'The supervisor may not be the coach.')}
      </fieldset>
      <fieldset className="card">
        <legend>Preliminary credential</legend>
        {text('credential_number', 'Credential number')}
        {text('credential_issued_on', 'Issued on', 'date')}
      </fieldset>
      {withVerification && (
        <fieldset className="card">
          <legend>Agreement and verification</legend>
          {text('agreement_signed_on', 'Participation agreement signed on', 'date')}
          {text('employment_verified_on', 'Employment verified on', 'date')}
        </fieldset>
      )}
    </>
  );
}

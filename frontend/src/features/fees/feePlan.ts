/**
 * The participation agreement's plans: Plan A (the agency pays), Plan B (the candidate pays) and
 * Plan C, a split plan, where the candidate pays their part of the program fee and the agency the
 * rest, both on each fee date. The part is typed in dollars and sent in cents.
 */
import type { CostStructure, FeePlan, InstallmentLine, RequirementSettings } from '../../api/types';
import { FEE_PLAN_LABELS } from '../../lib/labels';
import { centsToDollars, dollarsToCents } from '../../lib/units';
import { formatCents } from './money';

/** The program fee of a cost structure, as the program's settings hold it. */
export function programFeeCents(
  settings: Pick<RequirementSettings, 'fee_program_coach_cents' | 'fee_district_coach_cents'>,
  cost: CostStructure,
): number {
  return cost === 'district_provides_coach' ? settings.fee_district_coach_cents : settings.fee_program_coach_cents;
}

/** A stored part as the form shows it: 200000 → "2000.00"; none → "". */
export function partAsTyped(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '' : centsToDollars(cents);
}

/**
 * What is wrong with a split plan's part as typed, keyed like the server's field error; nothing
 * for the other plans (they have no part). Checked against the program fee when it is known; the
 * server checks it in any case.
 */
export function partErrors(plan: FeePlan, typed: string, programFee?: number): Record<string, string> {
  if (plan !== 'split') return {};
  const error = (message: string) => ({ candidate_fee_cents: message });
  if (!typed.trim()) return error('Enter the candidate’s part of the program fee in dollars, e.g. 2,000.00.');
  const cents = dollarsToCents(typed);
  if (cents === null) return error('Enter dollars and cents, e.g. 2000 or 2,000.00 (at most two decimals).');
  if (cents <= 0) return error('The candidate’s part must be more than $0.00.');
  if (programFee !== undefined && cents >= programFee) {
    return error(`The candidate’s part must be less than the ${formatCents(programFee)} program fee; the agency pays the rest.`);
  }
  return {};
}

/** A split plan's part as the request sends it; none with another plan, which the server would refuse. */
export function partOf(plan: FeePlan, typed: string): { candidate_fee_cents?: number } {
  const cents = plan === 'split' ? dollarsToCents(typed) : null;
  return cents === null ? {} : { candidate_fee_cents: cents };
}

/** "Candidate fee $2,000.00 · Agency fee $5,000.00", or the candidate's fee alone while the program fee is not known. */
export function splitFeesText(candidateCents: number, programFee?: number): string {
  const candidate = `Candidate fee ${formatCents(candidateCents)}`;
  return programFee === undefined ? candidate : `${candidate} · Agency fee ${formatCents(programFee - candidateCents)}`;
}

/** The hint under the candidate's part: what the agency pays, once the part and the program fee are known. */
export function agencyPartHint(typed: string, programFee?: number): string {
  if (programFee === undefined) return 'The agency pays the rest of the program fee.';
  const cents = dollarsToCents(typed);
  if (cents === null || cents <= 0 || cents >= programFee) {
    return `Less than the ${formatCents(programFee)} program fee; the agency pays the rest.`;
  }
  return `The agency pays the rest: ${formatCents(programFee - cents)} of the ${formatCents(programFee)} program fee.`;
}

/** A plan in a few words, as a list of changes names it: "Split ($2,000.00 candidate)" for Plan C. */
export function planText(plan: FeePlan, candidateCents?: number | null): string {
  if (plan !== 'split') return FEE_PLAN_LABELS[plan];
  return candidateCents === null || candidateCents === undefined ? 'Split' : `Split (${formatCents(candidateCents)} candidate)`;
}

/**
 * What each payer owes of the program fee (extension and withdrawal fees left out), from the
 * plan's installments: after a change of plan from a day these are what is charged, which the
 * part given with the change alone would not tell.
 */
export function programFeeParts(installments: InstallmentLine[]): { agency: number; candidate: number } {
  const parts = { agency: 0, candidate: 0 };
  for (const i of installments) if (i.kind === 'program_fee') parts[i.payer] += i.amount_cents;
  return parts;
}

/**
 * The installments as the table shows them: the lines of one number together (a split plan's
 * installment has the agency's line and the candidate's, due the same day), in the plan's order.
 */
export function installmentGroups(installments: InstallmentLine[]): InstallmentLine[][] {
  const groups = new Map<number, InstallmentLine[]>();
  for (const i of installments) groups.set(i.number, [...(groups.get(i.number) ?? []), i]);
  return [...groups.values()];
}

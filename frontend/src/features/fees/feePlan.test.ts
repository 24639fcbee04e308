import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../test/settings';
import {
  agencyPartHint,
  installmentGroups,
  partAsTyped,
  partErrors,
  partOf,
  planText,
  programFeeCents,
  programFeeParts,
  splitFeesText,
} from './feePlan';
import { enrollmentFees, installment, splitFees } from './testData';

describe('the program fee of a cost structure', () => {
  it('reads the program’s settings: $7,000 when the program provides the coach, $4,000 when the district does', () => {
    expect(programFeeCents(DEFAULTS, 'program_provides_coach')).toBe(700000);
    expect(programFeeCents(DEFAULTS, 'district_provides_coach')).toBe(400000);
  });
});

describe('a split plan’s part (Plan C)', () => {
  it('is shown as typed in dollars, and sent in whole cents only with a split plan', () => {
    expect(partAsTyped(200000)).toBe('2000.00');
    expect(partAsTyped(null)).toBe('');
    expect(partAsTyped(undefined)).toBe('');
    expect(partOf('split', '2,000.00')).toEqual({ candidate_fee_cents: 200000 });
    expect(partOf('split', '1999.99')).toEqual({ candidate_fee_cents: 199999 });
    // Another plan has no part: the server would refuse one, so a part left in the form is not sent.
    expect(partOf('agency', '2000')).toEqual({});
    expect(partOf('candidate', '2000')).toEqual({});
  });

  it('is required with a split plan, more than nothing and less than the program fee; other plans are not checked', () => {
    const message = (typed: string, fee?: number) => partErrors('split', typed, fee).candidate_fee_cents;
    expect(message('')).toMatch(/^Enter the candidate’s part/);
    expect(message('  ')).toMatch(/^Enter the candidate’s part/);
    expect(message('abc')).toMatch(/^Enter dollars and cents/);
    expect(message('2000.005')).toMatch(/^Enter dollars and cents/);
    expect(message('0')).toBe('The candidate’s part must be more than $0.00.');
    expect(message('7000', 700000)).toBe('The candidate’s part must be less than the $7,000.00 program fee; the agency pays the rest.');
    expect(message('4,000.00', 400000)).toMatch(/less than the \$4,000\.00 program fee/);
    expect(partErrors('split', '6999.99', 700000)).toEqual({});
    // Before the program fee is known, only the server checks the upper bound.
    expect(partErrors('split', '9000')).toEqual({});
    expect(partErrors('agency', '')).toEqual({});
    expect(partErrors('candidate', 'abc')).toEqual({});
  });

  it('tells what the agency pays of the program fee once both are known', () => {
    expect(agencyPartHint('2,000', 700000)).toBe('The agency pays the rest: $5,000.00 of the $7,000.00 program fee.');
    expect(agencyPartHint('', 700000)).toBe('Less than the $7,000.00 program fee; the agency pays the rest.');
    expect(agencyPartHint('8000', 700000)).toBe('Less than the $7,000.00 program fee; the agency pays the rest.');
    expect(agencyPartHint('2000', undefined)).toBe('The agency pays the rest of the program fee.');
  });

  it('reads as the candidate’s and the agency’s fees, and in a list of changes with the candidate’s part', () => {
    expect(splitFeesText(200000, 700000)).toBe('Candidate fee $2,000.00 · Agency fee $5,000.00');
    expect(splitFeesText(200000)).toBe('Candidate fee $2,000.00');
    expect(planText('split', 200000)).toBe('Split ($2,000.00 candidate)');
    expect(planText('split', null)).toBe('Split');
    expect(planText('agency', null)).toBe('Agency/District (Plan A)');
    expect(planText('candidate')).toBe('Candidate (Plan B)');
  });
});

describe('a plan’s installments', () => {
  it('keep the two lines of a shared installment together, in the plan’s order', () => {
    const groups = installmentGroups(splitFees().account.installments);
    expect(groups.map((lines) => lines.map((i) => `${i.number} ${i.payer} ${i.amount_cents}`))).toEqual([
      ['1 agency 125000', '1 candidate 50000'],
      ['2 agency 125000', '2 candidate 50000'],
      ['3 agency 125000', '3 candidate 50000'],
      ['4 agency 125000', '4 candidate 50000'],
    ]);
    expect(installmentGroups(enrollmentFees().account.installments).map((lines) => lines.length)).toEqual([1, 1]);
    expect(installmentGroups([])).toEqual([]);
  });

  it('tell each payer’s part of the program fee, without an extension’s fee', () => {
    expect(programFeeParts(splitFees().account.installments)).toEqual({ agency: 500000, candidate: 200000 });
    const extended = [...enrollmentFees().account.installments, installment(3, { kind: 'extension_fee', payer: 'candidate' })];
    expect(programFeeParts(extended)).toEqual({ agency: 700000, candidate: 0 });
  });
});

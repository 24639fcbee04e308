import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../api/problem';
import { DEFAULTS } from '../../test/settings';
import { activityCodeField, draftToSettings, settingsToDraft, sortProgramMonths } from './settingsForm';

describe('requirement settings form', () => {
  it('shows minutes as hours and cents as dollars', () => {
    const d = settingsToDraft(DEFAULTS);
    expect(d.values.monthly_coaching_minutes).toBe('4.5');
    expect(d.values.yearly_coaching_minutes).toBe('40');
    expect(d.values.max_program_pl_minutes_per_year).toBe('16');
    expect(d.values.fee_program_coach_cents).toBe('7000.00');
    expect(d.values.min_sessions_per_year).toBe('9');
    expect(d.coaching_months).toEqual([9, 10, 11, 12, 1, 2, 3, 4, 5]);
  });

  it('round-trips unchanged settings exactly', () => {
    expect(draftToSettings(settingsToDraft(DEFAULTS), DEFAULTS)).toEqual({ settings: DEFAULTS, errors: {} });
  });

  it('converts edited hours and dollars back to minutes and cents', () => {
    const d = settingsToDraft(DEFAULTS);
    d.values.monthly_coaching_minutes = '5.25';
    d.values.extension_fee_cents = '3,750.50';
    d.coaching_months = [...d.coaching_months, 6];
    const { settings } = draftToSettings(d, DEFAULTS);
    expect(settings?.monthly_coaching_minutes).toBe(315);
    expect(settings?.extension_fee_cents).toBe(375050);
    expect(settings?.coaching_months).toEqual([9, 10, 11, 12, 1, 2, 3, 4, 5, 6]);
  });

  it('reports invalid entries under the server’s field names', () => {
    const d = settingsToDraft(DEFAULTS);
    d.values.yearly_pl_minutes = 'twenty';
    d.values.withdrawal_fee_cents = '-1';
    d.values.program_years = '2.5';
    d.coaching_months = [];
    const { settings, errors } = draftToSettings(d, DEFAULTS);
    expect(settings).toBeNull();
    expect(Object.keys(errors).sort()).toEqual([
      'settings.coaching_months',
      'settings.program_years',
      'settings.withdrawal_fee_cents',
      'settings.yearly_pl_minutes',
    ]);
  });

  it('holds the fee dates as a month and a day each, the handbook’s by default', () => {
    const d = settingsToDraft(DEFAULTS);
    expect([d.values.fee_due_month_1, d.values.fee_due_day_1]).toEqual(['11', '1']);
    expect([d.values.fee_due_month_2, d.values.fee_due_day_2]).toEqual(['3', '31']);
    d.values.fee_due_month_1 = '10';
    d.values.fee_due_day_1 = '15';
    expect(draftToSettings(d, DEFAULTS).settings).toMatchObject({ fee_due_month_1: 10, fee_due_day_1: 15 });
    d.values.fee_due_day_2 = 'last';
    expect(Object.keys(draftToSettings(d, DEFAULTS).errors)).toEqual(['settings.fee_due_day_2']);
  });

  it('holds the meeting numbers and the school year’s first month, and sends them back as numbers', () => {
    const d = settingsToDraft(DEFAULTS);
    expect(d.values.orientation_meetings_required).toBe('1');
    expect(d.values.end_of_year_meetings_required_per_year).toBe('1');
    expect(d.values.coach_trainings_required).toBe('1');
    expect(d.values.school_year_start_month).toBe('7');
    d.values.school_year_start_month = '8';
    d.values.orientation_meetings_required = '2';
    const { settings } = draftToSettings(d, DEFAULTS);
    expect(settings?.school_year_start_month).toBe(8);
    expect(settings?.orientation_meetings_required).toBe(2);
  });

  it('refuses a school year starting in a month that does not exist', () => {
    for (const bad of ['0', '13', '']) {
      const d = settingsToDraft(DEFAULTS);
      d.values.school_year_start_month = bad;
      expect(draftToSettings(d, DEFAULTS).errors, bad).toEqual({ 'settings.school_year_start_month': 'Choose a month.' });
    }
  });

  it('orders months as a school year', () => {
    expect(sortProgramMonths([1, 12, 9, 8, 6])).toEqual([9, 12, 1, 6, 8]);
  });
});

describe('activity codes in the settings form', () => {
  const withCodes = (codes: { code: string; label: string }[]) => {
    const d = settingsToDraft(DEFAULTS);
    d.activity_codes = codes;
    return draftToSettings(d, DEFAULTS);
  };

  it('copies the list into the draft, so editing the draft leaves the settings alone', () => {
    const d = settingsToDraft(DEFAULTS);
    expect(d.activity_codes).toEqual(DEFAULTS.activity_codes);
    d.activity_codes[0]!.label = 'Changed';
    expect(DEFAULTS.activity_codes[0]!.label).toBe('Induction plan / cycle of inquiry');
  });

  it('sends added codes, trimmed, in the order listed', () => {
    const { settings, errors } = withCodes([...DEFAULTS.activity_codes, { code: '  G ', label: ' Site visit  ' }]);
    expect(errors).toEqual({});
    expect(settings?.activity_codes.at(-1)).toEqual({ code: 'G', label: 'Site visit' });
    expect(settings?.activity_codes.slice(0, -1)).toEqual(DEFAULTS.activity_codes);
  });

  it('names the row of a blank code or label, keyed as the server keys it', () => {
    const blanks = [
      { code: 'A', label: 'Coaching' },
      { code: '   ', label: 'Site visit' },
      { code: 'C', label: ' ' },
    ];
    expect(withCodes(blanks)).toEqual({
      settings: null,
      errors: { [activityCodeField(1)]: 'Enter a code.', [activityCodeField(2)]: 'Enter the activity.' },
    });
    // The server's name for row 1, as the form receives it, is the same key.
    expect(Object.keys(fieldErrors({ errors: [{ field: 'settings.activity_codes[1]', message: 'x' }] }))).toEqual([
      activityCodeField(1),
    ]);
  });

  it('reports a repeated code on the later row, compared trimmed and case-sensitively', () => {
    const repeated = [
      { code: 'A', label: 'Coaching' },
      { code: 'a', label: 'Another coaching' },
      { code: ' A ', label: 'Coaching again' },
    ];
    expect(withCodes(repeated)).toEqual({ settings: null, errors: { [activityCodeField(2)]: 'Code A is listed twice.' } });
  });

  it('allows codes of up to 8 characters and labels of up to 120, as the server does', () => {
    expect(withCodes([{ code: 'ABCDEFGH', label: 'x'.repeat(120) }]).errors).toEqual({});
    // Counted in characters, not UTF-16 units.
    expect(withCodes([{ code: '😀'.repeat(8), label: 'Emoji' }]).errors).toEqual({});
    expect(withCodes([{ code: 'ABCDEFGHI', label: 'Too long a code' }]).errors).toEqual({
      [activityCodeField(0)]: 'Codes are at most 8 characters.',
    });
    expect(withCodes([{ code: 'A', label: 'x'.repeat(121) }]).errors).toEqual({
      [activityCodeField(0)]: 'Activities are at most 120 characters.',
    });
  });

  it('asks for at least one activity', () => {
    expect(withCodes([])).toEqual({ settings: null, errors: { 'settings.activity_codes': 'Name at least one activity.' } });
  });
});

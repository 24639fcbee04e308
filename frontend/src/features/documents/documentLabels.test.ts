import { describe, expect, it } from 'vitest';
import { DOCUMENT_KINDS, KIND_LABELS, formatSize, handbookFileName, hoursOptions, isPlKind, looksLikePdf } from './documentLabels';

describe('document labels', () => {
  it('names every type as the handbook does', () => {
    expect(DOCUMENT_KINDS).toHaveLength(13);
    expect(KIND_LABELS.pl_sign_in_sheet).toBe('PL sign-in sheet');
    expect(KIND_LABELS.employment_verification).toBe('Employment verification letter');
    expect(KIND_LABELS.pl_reflection).toBe('PL reflection form');
  });

  it('offers PL hours for the professional learning documents only', () => {
    expect(isPlKind('pl_agenda')).toBe(true);
    expect(isPlKind('pl_sign_in_sheet')).toBe(true);
    expect(isPlKind('coaching_log')).toBe(false);
    expect(isPlKind('')).toBe(false);
  });

  it('offers half-hour steps up to 8 hours, sent as minutes', () => {
    const options = hoursOptions();
    expect(options).toHaveLength(16);
    expect(options[0]).toEqual({ value: '30', label: '0.5 h' });
    expect(options[1]).toEqual({ value: '60', label: '1 h' });
    expect(options.at(-1)).toEqual({ value: '480', label: '8 h' });
  });

  it('formats sizes', () => {
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(300)).toBe('300 bytes');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(12_800)).toBe('13 KB');
    expect(formatSize(20 * 1024 * 1024)).toBe('20 MB');
  });

  it('names a file by the handbook’s convention', () => {
    expect(handbookFileName({ activity_date: '2016-07-18', title: 'Equity in education', kind: 'pl_sign_in_sheet' })).toBe(
      '2016-07-18.Equity in education.PL sign-in sheet',
    );
  });

  it('tells PDFs by type or name', () => {
    expect(looksLikePdf({ name: 'a.PDF', type: '' })).toBe(true);
    expect(looksLikePdf({ name: 'scan', type: 'application/pdf' })).toBe(true);
    expect(looksLikePdf({ name: 'notes.txt', type: 'text/plain' })).toBe(false);
  });
});

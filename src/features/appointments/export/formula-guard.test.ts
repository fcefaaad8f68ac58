import { describe, expect, it } from 'vitest';
import { neutraliseFormula, runsAsFormula } from './formula-guard.ts';

describe('runsAsFormula', () => {
  it('leaves phone numbers and plain numbers alone', () => {
    for (const cell of ['+61490498676', '+34 600 111 222', '+1 (555) 010-0199', '-12.5', '0412 345 678'])
      expect(runsAsFormula(cell), cell).toBe(false);
  });

  it('catches = + - @ at the start, also behind spaces, tabs, CRs and no-break spaces', () => {
    for (const cell of ['=1+1', '+1+1', '-1+1', '@SUM(A1)', ' =1+1', '   @x', '\u00a0=1', '\u3000=1'])
      expect(runsAsFormula(cell), JSON.stringify(cell)).toBe(true);
  });

  it('catches full-width and small signs', () => {
    for (const cell of ['＝1+1', '＋1+1', '－1+1', '＠SUM(A1)', '﹦1', ' ＝HYPERLINK("x")'])
      expect(runsAsFormula(cell), cell).toBe(true);
  });

  it('catches any tab or CR prefix, and a phone number hiding a call', () => {
    expect(runsAsFormula('\tplain')).toBe(true);
    expect(runsAsFormula('\r+61')).toBe(true);
    expect(runsAsFormula('+61+cmd|"/c calc"!A0')).toBe(true);
  });

  it('leaves ordinary text alone, signs inside it included', () => {
    for (const cell of ['Ana García', 'a=b', 'Physio - follow-up', '', 'ana@example.com'])
      expect(runsAsFormula(cell), cell).toBe(false);
  });
});

describe('neutraliseFormula', () => {
  it('puts a quote in front of what would run and nothing in front of the rest', () => {
    expect(neutraliseFormula(' =1+1')).toBe("' =1+1");
    expect(neutraliseFormula('＝1+1')).toBe("'＝1+1");
    expect(neutraliseFormula('+61490498676')).toBe('+61490498676');
  });
});

import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { testAppointment } from '../../../test-support/test-appointment.ts';
import { buildCsv } from './build-csv.ts';
import { CSV_COLUMNS } from './csv-rows.ts';

const caspen = testAppointment({
  provider: 'caspen',
  id: 'app_01HQ',
  start: '2026-11-18T09:30:00.000Z',
  end: '2026-11-18T10:15:00.000Z',
  status: 'confirmed',
  rawStatus: 'pending',
  service: { id: 'ser_01', name: 'Physio, follow-up' },
  client: { name: 'Ana "Annie" García', email: 'ana@example.com', phone: '+34 600 111 222' },
  staff: { id: 'pra_01', name: null },
  location: { id: 'loc_01', name: 'Main Clinic' },
  title: 'Line one\nline two',
});
const onlive = testAppointment({
  provider: 'onlive',
  id: '1610c525-f19a-40d0-8cd1-03daba3d2d98',
  start: '2026-03-29T00:30:00.000Z',
  end: '2026-03-29T01:30:00.000Z',
  status: 'other',
  rawStatus: 'rescheduled',
  service: { id: '0139', name: '試乗 スタンダード' },
  client: { name: 'Зоя Иванова', email: null, phone: null },
  calendar: { id: 'cal-1', name: 'Ventas Madrid' },
  location: { id: 'Calle 1, Madrid', name: 'Calle 1, Madrid' },
  title: '=HYPERLINK("http://evil.example","click")',
});
const hostile = testAppointment({
  provider: 'appointment-one',
  id: 'a1',
  start: '2026-11-18T12:00:00.000Z',
  end: '2026-11-18T12:30:00.000Z',
  client: { name: '@SUM(A1:A9)', email: '-1+1', phone: null },
  title: '=1+1\nsecond line',
  service: { id: '30min', name: '\ttabbed' },
});

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

describe('buildCsv', () => {
  it('writes the header and one row per appointment, in the given order', () => {
    const rows = parse(buildCsv([onlive, caspen], 'Europe/Madrid'));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[1])).toEqual([onlive.id, caspen.id]);
  });

  it('writes times as ISO 8601 with the offset of the selected zone, across DST', () => {
    const [, first, second] = parse(buildCsv([caspen, onlive], 'Europe/Madrid'));
    expect(first?.slice(2, 5)).toEqual(['2026-11-18T10:30:00+01:00', '2026-11-18T11:15:00+01:00', '45']);
    // 00:30Z on the spring-forward night is 01:30 CET; 01:30Z is 03:30 CEST.
    expect(second?.slice(2, 4)).toEqual(['2026-03-29T01:30:00+01:00', '2026-03-29T03:30:00+02:00']);
    const [, ny] = parse(buildCsv([caspen], 'America/New_York'));
    expect(ny?.[2]).toBe('2026-11-18T04:30:00-05:00');
  });

  it('fills every column, falling back to ids; the location is the place, never the calendar', () => {
    const [, a, b] = parse(buildCsv([caspen, onlive], 'UTC'));
    expect(a).toEqual([
      'caspen',
      'app_01HQ',
      '2026-11-18T09:30:00Z',
      '2026-11-18T10:15:00Z',
      '45',
      'confirmed',
      'pending',
      'Physio, follow-up',
      'Ana "Annie" García',
      'ana@example.com',
      '+34 600 111 222', // phone numbers are not guarded any more: they cannot run
      'pra_01',
      'Main Clinic',
      'Line one\nline two',
    ]);
    expect(b?.slice(5, 13)).toEqual([
      'other',
      'rescheduled',
      '試乗 スタンダード',
      'Зоя Иванова',
      '',
      '',
      '',
      'Calle 1, Madrid',
    ]);
  });

  it('quotes commas, quotes and newlines the RFC 4180 way', () => {
    const csv = buildCsv([caspen], 'UTC');
    expect(csv).toContain('"Physio, follow-up"');
    expect(csv).toContain('"Ana ""Annie"" García"');
    expect(csv).toContain('"Line one\nline two"');
    expect(csv.split('\r\n')).toHaveLength(2);
  });

  it('keeps non-Latin text as is', () => {
    const csv = buildCsv([onlive], 'UTC');
    expect(csv).toContain('試乗 スタンダード');
    expect(csv).toContain('Зоя Иванова');
  });

  it('defuses cells a spreadsheet would run as formulas (= + - @ tab), even before a newline', () => {
    const [, row] = parse(buildCsv([hostile], 'UTC'));
    expect(row?.[8]).toBe("'@SUM(A1:A9)");
    expect(row?.[9]).toBe("'-1+1");
    expect(row?.[7]).toBe("'\ttabbed");
    expect(row?.[13]).toBe("'=1+1\nsecond line");
    const [, o] = parse(buildCsv([onlive], 'UTC'));
    expect(o?.[13]).toBe('\'=HYPERLINK("http://evil.example","click")');
  });

  it('keeps phone numbers as given, so they survive a spreadsheet round trip', () => {
    const [, row] = parse(buildCsv([caspen], 'UTC'));
    expect(row?.[10]).toBe('+34 600 111 222');
  });

  it('writes only the header for no rows', () => {
    expect(buildCsv([], 'UTC')).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

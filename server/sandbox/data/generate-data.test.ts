import { TZDate, tzOffset } from '@date-fns/tz';
import { describe, expect, it } from 'vitest';
import { APPOINTMENT_ONE_PAGE_SIZE } from '../../providers/appointment-one/sandbox/wire.ts';
import { CASPEN_STATUSES } from '../../providers/caspen/sandbox/data.ts';
import { generateSandboxData } from './generate-data.ts';
import { ONLIVE_STATES } from '../../providers/onlive/sandbox/data.ts';
import { NON_LATIN_PEOPLE } from './people.ts';
import { LONG_TITLE } from './texts.ts';

const anchorMs = Date.parse('2026-01-15T10:00:00Z');
const data = generateSandboxData({ seed: 42, anchorMs, size: 1500 });
const { caspen, onlive } = data;
const aOne = data['appointment-one'];
const DAY = 86_400_000;
const SCRIPT = '<script>alert("xss")</script>';
const IMG = '<img src=x onerror=alert(1)>';

const caspenZone = new Map(caspen.locations.map((l) => [l.id, l.timezone]));
const onliveZone = new Map(onlive.calendars.map((c) => [c.id, c.timezone]));
const caspenTimes = caspen.appointments.map((a) => ({
  zone: caspenZone.get(a.location_id) ?? '',
  start: Date.parse(a.starts_at),
  end: Date.parse(a.ends_at),
}));
const onliveTimes = onlive.appointments.map((a) => ({
  zone: onliveZone.get(a.calendarIds[0] ?? '') ?? '',
  start: Date.parse(a.start),
  end: Date.parse(a.end),
}));

describe('generateSandboxData', () => {
  it('is deterministic: same inputs, deeply equal output; another seed, other data', () => {
    expect(generateSandboxData({ seed: 42, anchorMs, size: 300 })).toEqual(
      generateSandboxData({ seed: 42, anchorMs, size: 300 }),
    );
    const other = generateSandboxData({ seed: 7, anchorMs, size: 300 });
    expect(other.caspen.appointments[0]?.id).not.toBe(
      generateSandboxData({ seed: 42, anchorMs, size: 300 }).caspen.appointments[0]?.id,
    );
  });

  it('makes `size` appointments per provider with unique, documented-shape ids', () => {
    expect(caspen.appointments).toHaveLength(1500);
    expect(aOne.appointments).toHaveLength(1500);
    expect(onlive.appointments).toHaveLength(1500);
    expect(new Set(caspen.appointments.map((a) => a.id)).size).toBe(1500);
    expect(new Set(aOne.appointments.map((a) => a.id)).size).toBe(1500);
    expect(new Set(onlive.appointments.map((a) => a.id)).size).toBe(1500);
    for (const a of caspen.appointments) expect(a.id).toMatch(/^app_[0-9A-HJKMNP-TV-Z]{26}$/);
    for (const a of aOne.appointments) expect(a.id).toMatch(/^[0-9a-f]{32}$/);
    const uuid4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const a of onlive.appointments) expect(a.id).toMatch(uuid4);
    for (const prefix of ['loc', 'ser', 'cli', 'pra', 'rom', 'cnr'] as const) {
      const ids = {
        loc: caspen.locations,
        ser: caspen.services,
        cli: caspen.clients,
        pra: caspen.practitioners,
        rom: caspen.rooms,
        cnr: caspen.cancellationReasons,
      }[prefix];
      for (const record of ids) expect(record.id).toMatch(new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`));
    }
  });

  it('spans 120 days either side of the anchor with 15-120 minute appointments', () => {
    for (const t of [...caspenTimes, ...onliveTimes]) {
      expect(Math.abs(t.start - anchorMs)).toBeLessThanOrEqual(121 * DAY);
      expect((t.end - t.start) / 60_000).toBeGreaterThanOrEqual(15);
      expect((t.end - t.start) / 60_000).toBeLessThanOrEqual(120);
    }
    expect(Math.min(...caspenTimes.map((t) => t.start))).toBeLessThan(anchorMs - 110 * DAY);
    expect(Math.max(...caspenTimes.map((t) => t.start))).toBeGreaterThan(anchorMs + 110 * DAY);
  });

  it('starts most appointments in local business hours', () => {
    const local = caspenTimes.filter((t) => {
      const hour = new TZDate(t.start, t.zone).getHours();
      return hour >= 8 && hour < 18;
    });
    expect(local.length / caspenTimes.length).toBeGreaterThan(0.97);
  });

  it('puts every status of every provider in the default view (today .. +7 days)', () => {
    const inView = (ms: number) => ms >= anchorMs && ms < anchorMs + 7 * DAY;
    const caspenSeen = new Set(
      caspen.appointments.filter((a) => inView(Date.parse(a.starts_at))).map((a) => a.status),
    );
    expect([...caspenSeen].sort()).toEqual([...CASPEN_STATUSES].sort());
    const onliveSeen = new Set(
      onlive.appointments.filter((a) => inView(Date.parse(a.start))).map((a) => a.state),
    );
    expect([...onliveSeen].sort()).toEqual([...ONLIVE_STATES].sort());
    const aOneSeen = new Set(
      aOne.appointments.filter((a) => inView(Number(a.time_start) * 1000)).map((a) => a.is_cancelled),
    );
    expect(aOneSeen).toEqual(new Set([true, false]));
  });

  it('records cancellations with reasons, notes and times', () => {
    const cancelled = caspen.appointments.filter((a) => a.status === 'cancelled' || a.status === 'canceled');
    expect(
      cancelled.every((a) => a.cancellation_reason_id?.startsWith('cnr_') && a.cancelled_at !== null),
    ).toBe(true);
    expect(cancelled.some((a) => a.cancellation_note !== null)).toBe(true);
    expect(caspen.appointments.filter((a) => a.status === 'canceled').length).toBeGreaterThan(2);
    for (const a of onlive.appointments) {
      expect(a.cancelledAt !== null).toBe(a.state === 'cancelled');
      expect(a.deletedAt !== null).toBe(a.state === 'deleted');
    }
  });

  it('carries the XSS texts, a long title and non-Latin names for every provider', () => {
    const texts = {
      caspen: JSON.stringify(caspen.appointments.map((a) => a.note)),
      aOne: JSON.stringify(aOne.appointments.map((a) => a.subject)),
      onlive: JSON.stringify(onlive.appointments.map((a) => a.description)),
    };
    for (const text of Object.values(texts)) {
      expect(text).toContain(JSON.stringify(SCRIPT).slice(1, -1));
      expect(text).toContain(IMG);
    }
    expect(LONG_TITLE.length).toBeGreaterThan(200);
    expect(caspen.services.some((s) => s.name.length > 200)).toBe(true);
    expect(aOne.appointments.some((a) => a.subject.length > 200)).toBe(true);
    expect(onlive.appointments.some((a) => a.title.length > 200)).toBe(true);
    for (const person of NON_LATIN_PEOPLE) {
      expect(
        caspen.clients.some((c) => c.first_name === person.firstName && c.last_name === person.lastName),
      ).toBe(true);
      expect(aOne.appointments.some((a) => a.requester_name === person.fullName)).toBe(true);
      expect(
        onlive.appointments.some((a) => a.guests.some((g) => g.extraFields?.firstName === person.firstName)),
      ).toBe(true);
    }
  });

  it('has appointments crossing local midnight and DST changes', () => {
    for (const times of [caspenTimes, onliveTimes]) {
      expect(
        times.some((t) => new TZDate(t.start, t.zone).getDate() !== new TZDate(t.end - 1, t.zone).getDate()),
      ).toBe(true);
      const dst = times.filter(
        (t) => tzOffset(t.zone, new Date(t.start)) !== tzOffset(t.zone, new Date(t.end)),
      );
      expect(new Set(dst.map((t) => t.zone)).size).toBeGreaterThanOrEqual(3);
    }
  });

  it('has records whose optional fields are all null', () => {
    const nullable = [
      'client_package_id',
      'case_id',
      'confirmed',
      'confirmed_at',
      'room_id',
      'vehicle_id',
      'note',
      'cancellation_reason_id',
      'cancellation_note',
      'cancelled_at',
    ] as const;
    expect(caspen.appointments.some((a) => nullable.every((f) => a[f] === null))).toBe(true);
    expect(
      caspen.clients.some((c) => c.email === null && c.phone_number === null && c.address === null),
    ).toBe(true);
    expect(caspen.locations.some((l) => l.description === null && l.email === null && l.phone === null)).toBe(
      true,
    );
    const onliveNullable = [
      'externalId',
      'deletedAt',
      'event',
      'serviceId',
      'userGroupId',
      'cancellationToken',
      'cancellationOrigin',
      'agentComment',
      'cancelledAt',
    ] as const;
    expect(onlive.appointments.some((a) => onliveNullable.every((f) => a[f] === null))).toBe(true);
    expect(aOne.events.some((e) => e.invitation_title === null && e.invitation_body === null)).toBe(true);
  });

  it('keeps the documented quirks', () => {
    expect(aOne.appointments.filter((a) => typeof a.time_start === 'string').length).toBeGreaterThan(1400);
    expect(
      aOne.appointments.some((a) => typeof a.time_start === 'number' && typeof a.duration_mins === 'number'),
    ).toBe(true);
    expect(
      aOne.events.every((e) => typeof e.attendees === 'string' && Array.isArray(JSON.parse(e.attendees))),
    ).toBe(true);
    expect(aOne.events.some((e) => e.bio.startsWith('<p>'))).toBe(true);
    expect(aOne.calendars.every((c) => c.id.includes('@'))).toBe(true);
    expect(onlive.appointments.every((a) => /\.\d{3}Z$/.test(a.start) && /\.\d{3}Z$/.test(a.createdAt))).toBe(
      true,
    );
    expect(caspen.appointments.every((a) => /T\d\d:\d\d:\d\dZ$/.test(a.starts_at))).toBe(true);
    expect(
      caspen.practitioners.every((p) => p.name.includes(p.first_name) && p.name.includes(p.last_name)),
    ).toBe(true);
    expect(APPOINTMENT_ONE_PAGE_SIZE).toBe(100);
  });

  it('serves Caspen in a shuffled order and ONLIVE.SITE sorted by start', () => {
    const starts = caspen.appointments.map((a) => a.starts_at);
    expect(starts).not.toEqual([...starts].sort());
    const onliveStarts = onlive.appointments.map((a) => a.start);
    expect(onliveStarts).toEqual([...onliveStarts].sort());
  });

  it('links every Caspen appointment to records that exist', () => {
    const ids = new Set(
      [
        ...caspen.locations,
        ...caspen.services,
        ...caspen.clients,
        ...caspen.practitioners,
        ...caspen.rooms,
        ...caspen.cancellationReasons,
      ].map((r) => r.id),
    );
    for (const a of caspen.appointments) {
      for (const ref of [
        a.location_id,
        a.service_id,
        a.client_id,
        a.practitioner_id,
        a.room_id,
        a.cancellation_reason_id,
      ]) {
        if (ref !== null) expect(ids.has(ref)).toBe(true);
      }
    }
  });

  it('generates 100,000 appointments per provider in seconds', () => {
    // CPU time of this process, not wall time: other processes on a busy machine stretch the wall
    // clock (45 s seen beside two CPU burners) but not the work done here.
    const started = process.cpuUsage();
    const big = generateSandboxData({ seed: 1, anchorMs, size: 100_000 });
    const { user, system } = process.cpuUsage(started);
    expect(big.onlive.appointments).toHaveLength(100_000);
    expect(big.caspen.appointments).toHaveLength(100_000);
    // About 4 s on the 2-core CI box.
    expect((user + system) / 1000).toBeLessThan(30_000);
  }, 180_000);
});

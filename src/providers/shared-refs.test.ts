import { describe, expect, it } from 'vitest';
import { SharedRefs } from './shared-refs.ts';

describe('SharedRefs', () => {
  it('gives one frozen Ref per table and id, named from its table or null', () => {
    const services = new Map([['s1', 'Checkup']]);
    const rooms = new Map([['s1', { label: 'Room 1' }]]);
    const refs = new SharedRefs();
    const a = refs.ref(services, 's1');
    expect(a).toEqual({ id: 's1', name: 'Checkup' });
    expect(refs.ref(services, 's1')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(refs.ref(rooms, 's1', (r) => r.label)).toEqual({ id: 's1', name: 'Room 1' });
    expect(refs.ref(services, 'gone')).toEqual({ id: 'gone', name: null });
  });

  it('shares text Refs, whose name is their id', () => {
    const refs = new SharedRefs();
    expect(refs.text('Room 4')).toEqual({ id: 'Room 4', name: 'Room 4' });
    expect(refs.text('Room 4')).toBe(refs.text('Room 4'));
  });

  it('is per instance: a new list sees renamed entries', () => {
    const services = new Map([['s1', 'Old']]);
    expect(new SharedRefs().ref(services, 's1').name).toBe('Old');
    services.set('s1', 'New');
    expect(new SharedRefs().ref(services, 's1').name).toBe('New');
  });
});

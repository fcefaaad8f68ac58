import { describe, expect, it } from 'vitest';
import { parseSort } from '../filter-engine/sort-keys.ts';
import { ariaSort, nextSort } from './sort.ts';

describe('table sort', () => {
  it('parses URL sort keys', () => {
    expect(parseSort('start')).toEqual({ field: 'start', desc: false });
    expect(parseSort('-client')).toEqual({ field: 'client', desc: true });
  });

  it('flips the sorted column and starts others ascending', () => {
    expect(nextSort('start', 'start')).toBe('-start');
    expect(nextSort('-start', 'start')).toBe('start');
    expect(nextSort('-start', 'status')).toBe('status');
    expect(nextSort('client', 'provider')).toBe('provider');
  });

  it('reports aria-sort per column', () => {
    expect(ariaSort('-status', 'status')).toBe('descending');
    expect(ariaSort('status', 'status')).toBe('ascending');
    expect(ariaSort('status', 'start')).toBe('none');
  });
});

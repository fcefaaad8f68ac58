import { describe, expect, it } from 'vitest';
import { moveBlock } from './block-keys.ts';

const lanes = [
  [
    { key: 'a1', startMs: 0 },
    { key: 'a2', startMs: 100 },
  ],
  [],
  [
    { key: 'c1', startMs: 20 },
    { key: 'c2', startMs: 90 },
  ],
];

describe('moveBlock', () => {
  it('walks a lane left and right, stopping at its ends', () => {
    expect(moveBlock(lanes, 'a1', 'ArrowRight')).toBe('a2');
    expect(moveBlock(lanes, 'a2', 'ArrowRight')).toBe('a2');
    expect(moveBlock(lanes, 'a2', 'ArrowLeft')).toBe('a1');
    expect(moveBlock(lanes, 'c2', 'Home')).toBe('c1');
  });

  it('goes to the nearest block in time in the next lane with blocks', () => {
    expect(moveBlock(lanes, 'a2', 'ArrowDown')).toBe('c2');
    expect(moveBlock(lanes, 'c1', 'ArrowUp')).toBe('a1');
    expect(moveBlock(lanes, 'c1', 'ArrowDown')).toBe('c1');
  });

  it('ignores other keys', () => {
    expect(moveBlock(lanes, 'a1', 'Enter')).toBeNull();
  });
});

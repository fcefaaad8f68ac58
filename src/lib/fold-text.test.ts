import { describe, expect, it } from 'vitest';
import { digitsOnly, foldText, searchTokens } from './fold-text.ts';

describe('foldText', () => {
  it('ignores case and accents', () => {
    expect(foldText('José NÚÑEZ')).toBe('jose nunez');
    expect(foldText('Ærøskøbing Straße')).toBe('ærøskøbing straße');
    expect(foldText('Crème Brûlée')).toBe('creme brulee');
  });

  it('keeps non-Latin scripts matchable', () => {
    expect(foldText('Анна Йорк')).toBe('анна иорк');
    expect(foldText('김민준')).toBe('김민준');
    expect(foldText('山田太郎')).toBe('山田太郎');
  });
});

describe('searchTokens', () => {
  it('splits a folded query on whitespace', () => {
    expect(searchTokens('  Ana   GARCÍA ')).toEqual(['ana', 'garcia']);
    expect(searchTokens('   ')).toEqual([]);
  });
});

describe('digitsOnly', () => {
  it('keeps only digits', () => {
    expect(digitsOnly('+34 600-000 000')).toBe('34600000000');
  });
});

import { describe, expect, it } from 'vitest';
import { categoryKey, spellingBook } from '../../../src/domain/normalising/spellings';

describe('spellingBook', () => {
  it('groups trimmed, case-folded values under the first spelling seen', () => {
    const book = spellingBook();
    expect(book.spell('Fintech')).toBe('Fintech');
    expect(book.spell('fintech ')).toBe('Fintech');
    expect(book.spell('  FINTECH')).toBe('Fintech');
    expect(book.spell('Health  care')).toBe('Health care');
    expect(book.spell('health care')).toBe('Health care');
    expect(book.spell(null)).toBeNull();
  });

  it('keeps the spellings already stored over those an import brings', () => {
    const book = spellingBook(['SaaS', null]);
    expect(book.spell('saas')).toBe('SaaS');
  });

  it('folds case the same in every locale', () => {
    expect(categoryKey('İstanbul Tech')).toBe(categoryKey('İSTANBUL TECH'));
  });
});

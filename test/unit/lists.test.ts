import { describe, expect, it } from 'vitest';
import { withItem, withoutItem } from '../../src/domain/lists';

describe('withItem', () => {
  it('adds an id at the end', () => {
    expect(withItem(['a', 'b'], 'c')).toEqual(['a', 'b', 'c']);
  });

  it('keeps each id once, as a new array', () => {
    const list = ['a', 'b'];
    const next = withItem(list, 'a');
    expect(next).toEqual(['a', 'b']);
    expect(next).not.toBe(list);
  });
});

describe('withoutItem', () => {
  it('removes the id and keeps the order of the rest', () => {
    expect(withoutItem(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });

  it('leaves a list without the id as it was', () => {
    expect(withoutItem(['a'], 'z')).toEqual(['a']);
  });
});

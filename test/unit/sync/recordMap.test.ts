import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  readRecord,
  sameValue,
  touchedRecords,
  writeRecord,
  type PlainRecord,
} from '../../../src/sync/recordMap';

function put(doc: Y.Doc, id: string, record: PlainRecord, base?: PlainRecord) {
  const kinds = { textFields: ['notes'], keyedLists: ['notesCopies'] };
  doc.transact(() => writeRecord(doc.getMap('interviews'), id, record, kinds, base));
}

function read(doc: Y.Doc, id: string): PlainRecord {
  return readRecord(doc.getMap('interviews').get(id) as Y.Map<unknown>);
}

/** Two docs that have exchanged their whole states. */
function exchange(a: Y.Doc, b: Y.Doc) {
  const fromA = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b));
  const fromB = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a));
  Y.applyUpdate(b, fromA);
  Y.applyUpdate(a, fromB);
}

describe('a record in the shared doc', () => {
  it('round-trips fields, with notes as Y.Text', () => {
    const doc = new Y.Doc();
    put(doc, 'i1', { id: 'i1', notes: 'hello', contactIds: ['c1'], guideId: null });
    const map = doc.getMap('interviews').get('i1') as Y.Map<unknown>;
    expect(map.get('notes')).toBeInstanceOf(Y.Text);
    expect(read(doc, 'i1')).toEqual({
      id: 'i1',
      notes: 'hello',
      contactIds: ['c1'],
      guideId: null,
    });
  });

  it('keeps concurrent edits to different fields', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    put(a, 'i1', { id: 'i1', notes: '', interviewer: 'Ann', status: 'planned' });
    exchange(a, b);
    put(a, 'i1', { id: 'i1', notes: '', interviewer: 'Annie', status: 'planned' });
    put(b, 'i1', { id: 'i1', notes: '', interviewer: 'Ann', status: 'done' });
    exchange(a, b);
    expect(read(a, 'i1')).toEqual({ id: 'i1', notes: '', interviewer: 'Annie', status: 'done' });
    expect(read(b, 'i1')).toEqual(read(a, 'i1'));
  });

  it('merges two people typing in the same note', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    put(a, 'i1', { id: 'i1', notes: 'Call:' });
    exchange(a, b);
    put(a, 'i1', { id: 'i1', notes: 'Call: pricing hurts' }, { id: 'i1', notes: 'Call:' });
    put(b, 'i1', { id: 'i1', notes: 'Call: onboarding slow' }, { id: 'i1', notes: 'Call:' });
    exchange(a, b);
    const notes = String(read(a, 'i1').notes);
    expect(notes).toContain(' pricing hurts');
    expect(notes).toContain(' onboarding slow');
    expect(read(b, 'i1').notes).toBe(notes);
  });

  it('leaves a field someone else changed when this edit did not touch it', () => {
    const doc = new Y.Doc();
    const base = { id: 'i1', notes: '', status: 'planned', interviewer: 'Ann' };
    put(doc, 'i1', base);
    // Someone else set the status; this device has not pulled it, and edits the interviewer.
    put(doc, 'i1', { ...base, status: 'done' }, base);
    put(doc, 'i1', { ...base, interviewer: 'Annie' }, base);
    expect(read(doc, 'i1')).toEqual({ id: 'i1', notes: '', status: 'done', interviewer: 'Annie' });
  });

  it('keeps both copies when two people each add one to a keyed list', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const base = { id: 'i1', notes: '', notesCopies: [] };
    put(a, 'i1', base);
    exchange(a, b);
    const copy = (id: string) => ({ id, text: id, savedAt: '2026-01-01T00:00:00.000Z' });
    put(a, 'i1', { ...base, notesCopies: [copy('a')] }, base);
    put(b, 'i1', { ...base, notesCopies: [copy('b')] }, base);
    exchange(a, b);
    expect(read(a, 'i1').notesCopies).toEqual([copy('a'), copy('b')]);
    put(a, 'i1', { ...base, notesCopies: [copy('b')] }, read(a, 'i1'));
    expect(read(a, 'i1').notesCopies).toEqual([copy('b')]);
  });

  it('removes a field the record no longer has', () => {
    const doc = new Y.Doc();
    put(doc, 'i1', { id: 'i1', notes: '', summary: 'x' });
    put(doc, 'i1', { id: 'i1', notes: '' });
    expect(read(doc, 'i1')).toEqual({ id: 'i1', notes: '' });
  });

  it('names the records a transaction touched', () => {
    const doc = new Y.Doc();
    const tables = new Map<object, string>([[doc.getMap('interviews'), 'interviews']]);
    put(doc, 'i1', { id: 'i1', notes: 'a' });
    let touched: Map<string, Set<string>> = new Map();
    doc.on('afterTransaction', (tr: Y.Transaction) => (touched = touchedRecords(tr, tables)));
    const text = (doc.getMap('interviews').get('i1') as Y.Map<unknown>).get('notes') as Y.Text;
    doc.transact(() => text.insert(1, 'b'));
    expect(touched).toEqual(new Map([['interviews', new Set(['i1'])]]));
    doc.transact(() => doc.getMap('interviews').delete('i1'));
    expect(touched).toEqual(new Map([['interviews', new Set(['i1'])]]));
  });
});

describe('sameValue', () => {
  it('ignores key order and undefined fields', () => {
    expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1, d: undefined })).toBe(
      true,
    );
    expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
  });
});

// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createAnchor } from '../../src/domain/anchoring';
import type { Highlight } from '../../src/domain/schemas/highlight';
import {
  isQuoteShortcut,
  pinnedShortcutIndex,
  quoteRangeInNotes,
  stampedLineAtEnd,
  stampedLineBreak,
} from '../../src/features/interviews/notesEditing';
import { quoteViews } from '../../src/features/interviews/quoteViews';
import { guessSpeakerMap, speakerName } from '../../src/features/interviews/speakers';
import {
  segmentIndexAt,
  selectTranscriptRange,
  transcriptRangeOffsets,
} from '../../src/features/interviews/transcriptSelection';

const key = (
  code: string,
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
) => ({
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  code,
  ...mods,
});

describe('live notes editing', () => {
  const notes = '[00:00] Intro\n[01:05]   We rebuild the deck by hand.  \nNo stamp here';

  it('codes the caret line without its stamp or surrounding spaces', () => {
    const caret = notes.indexOf('rebuild');
    const range = quoteRangeInNotes(notes, caret, caret);
    expect(range && notes.slice(range.start, range.end)).toBe('We rebuild the deck by hand.');
    const last = quoteRangeInNotes(notes, notes.length, notes.length);
    expect(last && notes.slice(last.start, last.end)).toBe('No stamp here');
  });

  it('codes the selection when there is one, and nothing on an empty stamped line', () => {
    const start = notes.indexOf('deck');
    expect(quoteRangeInNotes(notes, start - 1, start + 4)).toEqual({ start, end: start + 4 });
    expect(quoteRangeInNotes('[02:00] ', 8, 8)).toBeNull();
  });

  it('stamps new lines with the elapsed time', () => {
    expect(stampedLineBreak(65_000)).toBe('\n[01:05] ');
    expect(stampedLineAtEnd('', 0)).toBe('[00:00] ');
    expect(stampedLineAtEnd('before', 3_000)).toBe('\n[00:03] ');
    expect(stampedLineAtEnd('before\n', 3_000)).toBe('[00:03] ');
  });

  it('reads Alt+1…9 and Alt+Q by physical key, and nothing with other modifiers', () => {
    expect(pinnedShortcutIndex(key('Digit1', { altKey: true }))).toBe(0);
    expect(pinnedShortcutIndex(key('Digit9', { altKey: true }))).toBe(8);
    expect(pinnedShortcutIndex(key('Digit0', { altKey: true }))).toBeNull();
    expect(pinnedShortcutIndex(key('Digit1', { ctrlKey: true }))).toBeNull();
    expect(pinnedShortcutIndex(key('Digit1', { altKey: true, ctrlKey: true }))).toBeNull();
    expect(isQuoteShortcut(key('KeyQ', { altKey: true }))).toBe(true);
    expect(isQuoteShortcut(key('KeyQ'))).toBe(false);
  });
});

describe('quotes in the side panel', () => {
  const AT = '2026-01-01T00:00:00.000Z';
  const quote = (id: string, text: string, exact: string): Highlight => {
    const start = text.indexOf(exact);
    return {
      id,
      createdAt: AT,
      updatedAt: AT,
      interviewId: 'i',
      accountId: 'a',
      codeIds: [],
      traitIds: [],
      anchor: createAnchor(text, start, start + exact.length, 'notes'),
      speaker: null,
      comment: null,
    };
  };

  it('follows edits around a quote and lists a quote whose text is gone as detached', () => {
    const before = 'One. Two is here. Three.';
    const highlights = [quote('h2', before, 'Three.'), quote('h1', before, 'Two is here.')];
    const after = 'Zero. One. Two is here.';
    const views = quoteViews(highlights, { notes: after, transcript: '' }, [], []);
    expect(views.map((v) => [v.highlight.id, v.attached, v.text])).toEqual([
      ['h1', true, 'Two is here.'],
      ['h2', false, 'Three.'],
    ]);
    expect(views[0]?.start).toBe(after.indexOf('Two'));
  });
});

describe('transcript speakers', () => {
  const contacts = [{ id: 'c1', name: 'Dana Whitfield' }];

  it('guesses the interviewer and contacts by name, first name included', () => {
    expect(guessSpeakerMap(['Priya Raman', 'dana', 'Speaker 3'], 'Priya Raman', contacts)).toEqual([
      { key: 'Priya Raman', value: 'interviewer' },
      { key: 'dana', value: 'c1' },
    ]);
  });

  it('shows the mapped person, else the label as spoken', () => {
    const map = [
      { key: 'S1', value: 'interviewer' },
      { key: 'S2', value: 'c1' },
    ];
    expect(speakerName('S1', map, 'Priya', contacts)).toBe('Priya');
    expect(speakerName('S2', map, 'Priya', contacts)).toBe('Dana Whitfield');
    expect(speakerName('S3', map, 'Priya', contacts)).toBe('S3');
    expect(speakerName('', map, 'Priya', contacts)).toBe('Unknown speaker');
  });
});

describe('transcript selection offsets', () => {
  function renderTranscript() {
    document.body.innerHTML = `<div id="t">
      <p><span>Priya</span>: <span data-segment-start="0">Hello there.</span></p>
      <p><span>Dana</span>: <span data-segment-start="13">We had a failed audit.</span></p>
    </div>`;
    return document.getElementById('t') as HTMLElement;
  }

  it('maps a selection inside one segment to offsets in the joined text', () => {
    const container = renderTranscript();
    const text = container.querySelector('[data-segment-start="13"]')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(text, 9);
    range.setEnd(text, 21);
    expect(transcriptRangeOffsets(container, range)).toEqual({ start: 22, end: 34 });
  });

  it('takes only the spoken text when a selection sweeps over speaker names', () => {
    const container = renderTranscript();
    const range = document.createRange();
    range.setStart(container, 0);
    range.setEnd(container.querySelector('[data-segment-start="13"]')?.firstChild as Text, 6);
    // "Hello there." + "\n" + "We had"
    expect(transcriptRangeOffsets(container, range)).toEqual({ start: 0, end: 19 });
  });

  it('selects a stored range back on screen', () => {
    const container = renderTranscript();
    expect(selectTranscriptRange(container, 22, 34)).toBe(true);
    expect(document.getSelection()?.toString()).toBe('failed audit');
  });
});

describe('segmentIndexAt', () => {
  it('finds the segment an offset falls in', () => {
    const offsets = [0, 13, 36];
    expect([0, 12, 13, 35, 36, 99].map((o) => segmentIndexAt(offsets, o))).toEqual([
      0, 0, 1, 1, 2, 2,
    ]);
  });
});

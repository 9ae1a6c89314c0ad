import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  transcriptSegmentSchema,
  type TranscriptSegment,
} from '../../src/domain/schemas/interview';
import { parseOtterTxt } from '../../src/import/transcripts/parseOtterTxt';
import { parsePlainText } from '../../src/import/transcripts/parsePlainText';
import { parseSrt } from '../../src/import/transcripts/parseSrt';
import {
  checkTranscriptSize,
  MAX_TRANSCRIPT_BYTES,
  parseTranscript,
} from '../../src/import/transcripts/parseTranscript';
import { parseWebVtt } from '../../src/import/transcripts/parseWebVtt';
import {
  collapseWhitespace,
  MAX_SEGMENT_TEXT_LENGTH,
  splitSpeakerPrefix,
} from '../../src/import/transcripts/transcriptLines';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'transcripts');
/**
 * Decoded like File.text() (UTF-8, invalid bytes become U+FFFD) except that the BOM is kept:
 * pasted text and other readers can carry one, so the parsers must cope with it.
 */
const readFixture = (name: string) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(join(fixtures, name)));

const seg = (speaker: string, startMs: number, endMs: number, text: string) => ({
  speaker,
  startMs,
  endMs,
  text,
});

describe('parseWebVtt', () => {
  it('reads voice tags, BOM, CRLF, cue settings and skips NOTE/STYLE blocks', () => {
    const text = readFixture('call-voice-tags.vtt');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    expect(parseWebVtt(text)).toEqual([
      seg(
        'Priya Raman',
        1000,
        6500,
        'Thanks for making the time, Dana. This is a listening call, no pitch.',
      ),
      seg(
        'Dana Whitfield',
        6500,
        12250,
        'Sure. Honestly? The pain was onboarding & the three weeks it took to get a dashboard live.',
      ),
      seg('Priya Raman', 12250, 15000, 'What made you look for a tool right then?'),
      seg(
        'Dana Whitfield',
        15000,
        21000,
        'We had a failed audit. Our new CFO wanted numbers <weekly>, not quarterly.',
      ),
      seg('Priya Raman', 23000, 27000, 'And who signed off?'),
      seg('Dana Whitfield', 23000, 27000, 'The CFO, after security reviewed it.'),
    ]);
  });

  it('takes "Name: text" as the speaker when there is no voice tag', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\nJane Doe: We churned in May.\n';
    expect(parseWebVtt(vtt)).toEqual([seg('Jane Doe', 1000, 2000, 'We churned in May.')]);
  });

  it('leaves a colon inside a sentence alone', () => {
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\nthe thing is: we never finished setup\n';
    expect(parseWebVtt(vtt)[0]?.speaker).toBe('');
  });

  it('parses hour timestamps and CR-only line endings', () => {
    const vtt = 'WEBVTT\r\r01:02:03.004 --> 01:02:04.000\rLate in the call.\r';
    expect(parseWebVtt(vtt)).toEqual([seg('', 3_723_004, 3_724_000, 'Late in the call.')]);
  });

  it('keeps text that only looks like markup, and never returns WebVTT tags', () => {
    const vtt =
      'WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann><script>alert(1)</script> <u>and</u> <lang en>&amp;lt;</lang></v>\n';
    expect(parseWebVtt(vtt)[0]?.text).toBe('<script>alert(1)</script> and &lt;');
  });

  it('drops cues with no text and malformed blocks', () => {
    const vtt = 'WEBVTT\n\nnot a cue\nstill not\n\n00:01.000 --> 00:02.000\n<i> </i>\n';
    expect(parseWebVtt(vtt)).toEqual([]);
  });
});

describe('parseSrt', () => {
  it('reads numbered cues with speaker prefixes, BOM, CRLF and no trailing blank line', () => {
    expect(parseSrt(readFixture('call.srt'))).toEqual([
      seg('Priya Raman', 1000, 4000, 'Why did you leave us last spring?'),
      seg('Marco Bianchi', 4200, 9800, 'Support took days to answer. Days. We needed hours.'),
      seg('Priya Raman', 10_000, 13_500, 'Was anything missing in the product?'),
      seg(
        'Marco Bianchi',
        13_600,
        62_040,
        'The SSO integration. Our IT team blocked the renewal without it.',
      ),
    ]);
  });

  it('keeps a stray paragraph inside a cue with that cue', () => {
    const srt =
      '1\n00:00:01,000 --> 00:00:02,000\nFirst part\n\nsecond part\n\n2\n00:00:03,000 --> 00:00:04,000\nNext';
    expect(parseSrt(srt).map((s) => s.text)).toEqual(['First part second part', 'Next']);
  });
});

describe('parseOtterTxt', () => {
  it('reads speaker lines with two spaces or one, and estimates the last turn', () => {
    expect(parseOtterTxt(readFixture('otter-call.txt'))).toEqual([
      seg(
        'Priya Raman',
        4000,
        11_000,
        'Thanks for joining. What made you start looking for something like us?',
      ),
      seg(
        'Sam Okafor',
        11_000,
        62_000,
        'We grew from two warehouses to nine in a year, and the spreadsheets broke. Nobody trusted the numbers anymore.',
      ),
      seg('Priya Raman', 62_000, 69_000, 'Where did you first hear about us?'),
      seg(
        'Sam Okafor',
        69_000,
        3_723_000,
        'A peer at a logistics meetup. She said it took her a week to get going.',
      ),
      seg('Unknown Speaker', 3_723_000, 3_723_000 + 4 * 400, 'Sorry, I joined late.'),
    ]);
  });

  it('accepts a tab between name and time', () => {
    expect(parseOtterTxt('Jane\t0:05\nHello there')).toEqual([
      seg('Jane', 5000, 5000 + 2 * 400, 'Hello there'),
    ]);
  });

  it('does not read a sentence ending in a time as a speaker line', () => {
    const text = 'Jane Doe  0:05\nWe said we would meet at\nthe office 10:30\n';
    expect(parseOtterTxt(text)).toHaveLength(1);
  });
});

describe('parsePlainText', () => {
  it('makes a segment per paragraph and per speaker line', () => {
    const text =
      'Interviewer: How did you hear of us?\nJane: A friend.\nShe uses it daily.\n\nA note with no speaker\nspanning two lines.';
    expect(parsePlainText(text)).toEqual([
      seg('Interviewer', 0, 0, 'How did you hear of us?'),
      seg('Jane', 0, 0, 'A friend. She uses it daily.'),
      seg('', 0, 0, 'A note with no speaker spanning two lines.'),
    ]);
  });
});

describe('parseTranscript', () => {
  it('detects each fixture by content', () => {
    const vtt = parseTranscript('call.txt', readFixture('call-voice-tags.vtt'));
    expect(vtt).toMatchObject({
      ok: true,
      format: 'vtt',
      speakers: ['Priya Raman', 'Dana Whitfield'],
    });
    expect(parseTranscript('call.vtt', readFixture('call.srt'))).toMatchObject({
      ok: true,
      format: 'srt',
      speakers: ['Priya Raman', 'Marco Bianchi'],
    });
    expect(parseTranscript('export.txt', readFixture('otter-call.txt'))).toMatchObject({
      ok: true,
      format: 'otter',
      speakers: ['Priya Raman', 'Sam Okafor', 'Unknown Speaker'],
    });
    expect(parseTranscript('notes.txt', 'Just some notes.\n\nMore notes.')).toMatchObject({
      ok: true,
      format: 'text',
      speakers: [],
    });
  });

  it('reads a header-less WebVTT by its timing lines', () => {
    const result = parseTranscript('x.txt', '00:01.000 --> 00:02.000\nHello');
    expect(result).toMatchObject({ ok: true, format: 'vtt' });
  });

  it('refuses a CSV export, JSON or a web page picked by mistake, and says what it looks like', () => {
    const csv = [
      'name,domain,arr,nps',
      'Acme,acme.com,1200,9',
      'Globex,globex.com,900,7',
      'Initech,initech.com,300,4',
      'Umbrella,umbrella.com,100,10',
    ].join('\n');
    for (const fileName of ['accounts.csv', 'accounts.txt']) {
      const result = parseTranscript(fileName, csv);
      expect(result).toEqual({
        ok: false,
        error: expect.stringMatching(
          /^This looks like a table \(CSV\), not a transcript\. Accounts and deals are imported from the Accounts page/,
        ),
      });
    }
    // With a .csv name, a header and two rows are enough; semicolons and tabs count too.
    expect(parseTranscript('deals.csv', 'a;b;c\n1;2;3\n4;5;6').ok).toBe(false);
    expect(parseTranscript('deals.txt', 'a;b;c\n1;2;3\n4;5;6').ok).toBe(true);
    expect(parseTranscript('t.txt', 'a\tb\tc\n1\t2\t3\n4\t5\t6\n7\t8\t9\n1\t1\t1').ok).toBe(false);
    expect(parseTranscript('dump.txt', '  [{"speaker": "Ana", "text": "Hi"}]')).toEqual({
      ok: false,
      error: expect.stringMatching(/^This looks like JSON data, not a transcript\./),
    });
    expect(parseTranscript('page.txt', '<!DOCTYPE html><html><body>Hi</body></html>')).toEqual({
      ok: false,
      error: expect.stringMatching(/^This looks like a web page or XML, not a transcript\./),
    });
  });

  it('still takes talk with commas, a bracketed opening and a timed transcript named .csv', () => {
    const talk = [
      'Ana: Well, we tried it, and honestly, it was fine.',
      'Ben: Right, right.',
      'Ana: The export, though, took hours, every week, for the board.',
      'Ben: And the numbers?',
      'Ana: Wrong, mostly, or late.',
    ].join('\n');
    expect(parseTranscript('call.txt', talk)).toMatchObject({ ok: true, format: 'text' });
    expect(parseTranscript('call.txt', '[Music]\nAna: Hello, welcome.')).toMatchObject({
      ok: true,
    });
    const vtt = 'WEBVTT\n\n00:01.000 --> 00:02.000\na,b,c\n\n00:03.000 --> 00:04.000\nd,e,f';
    expect(parseTranscript('odd.csv', vtt)).toMatchObject({ ok: true, format: 'vtt' });
  });

  it('refuses empty, binary and cue-less files with a message', () => {
    expect(parseTranscript('a.vtt', '')).toEqual({ ok: false, error: 'The file is empty.' });
    expect(parseTranscript('a.txt', '\uFEFF  \r\n\n')).toEqual({
      ok: false,
      error: 'The file is empty.',
    });
    const binary = parseTranscript('image.vtt', readFixture('not-a-transcript.bin'));
    expect(binary.ok).toBe(false);
    if (!binary.ok) expect(binary.error).toMatch(/^This does not look like a transcript: /);
    expect(parseTranscript('a.vtt', 'WEBVTT\n\nNOTE nothing here\n')).toEqual({
      ok: false,
      error: 'This WebVTT file has no cues with text, so there is nothing to import.',
    });
    expect(parseTranscript('a.srt', 'hello there\n')).toEqual({
      ok: false,
      error: 'This SRT file has no cues with text, so there is nothing to import.',
    });
  });

  it('refuses oversized files', () => {
    expect(checkTranscriptSize(MAX_TRANSCRIPT_BYTES)).toBeNull();
    expect(checkTranscriptSize(Math.round(23.4 * 1024 * 1024))).toBe(
      'The file is 23.4 MB; transcripts over 20 MB are refused.',
    );
  });

  it('splits a paragraph longer than the schema allows', () => {
    const words = Array.from({ length: 30_000 }, (_, i) => `word${i}`).join(' ');
    const result = parseTranscript('long.txt', words);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.segments.length).toBeGreaterThan(1);
    expect(result.segments.map((s) => s.text).join(' ')).toBe(words);
    for (const s of result.segments)
      expect(s.text.length).toBeLessThanOrEqual(MAX_SEGMENT_TEXT_LENGTH);
  });
});

// --- Property tests: serialise generated segments, parse them back. -----------------------

/** Texts as the parsers return them: whitespace collapsed, trimmed, non-empty. */
const cleanText = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 60 })
  .map(collapseWhitespace)
  .filter((text) => text !== '');

const name = fc
  .array(fc.constantFrom('Ana', 'Bo', 'Chen', "O'Neil", 'Mary-Kate', 'Speaker', '2', 'Dr.'), {
    minLength: 1,
    maxLength: 3,
  })
  .map((words) => words.join(' '));

const timedSegments = (speaker: fc.Arbitrary<string>, text: fc.Arbitrary<string>) =>
  fc.array(
    fc
      .record({
        speaker,
        text,
        startMs: fc.integer({ min: 0, max: 99 * 3_600_000 }),
        durationMs: fc.integer({ min: 0, max: 600_000 }),
      })
      .map(({ durationMs, ...s }) => ({ ...s, endMs: s.startMs + durationMs })),
    { minLength: 1, maxLength: 15 },
  );

function clock(ms: number, separator: '.' | ','): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms % 1000, 3)}`;
}

const escapeVtt = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function toVtt(segments: readonly TranscriptSegment[]): string {
  const cues = segments.map((s, i) => {
    const id = i % 2 === 0 ? `cue-${i}\n` : '';
    const timing = `${clock(s.startMs, '.')} --> ${clock(s.endMs, '.')}`;
    const body = escapeVtt(s.text);
    const payload = s.speaker === '' ? body : `<v ${escapeVtt(s.speaker)}>${body}</v>`;
    return `${id}${timing}\n${payload}`;
  });
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

function toSrt(segments: readonly TranscriptSegment[]): string {
  return segments
    .map(
      (s, i) =>
        `${i + 1}\n${clock(s.startMs, ',')} --> ${clock(s.endMs, ',')}\n${s.speaker}: ${s.text}`,
    )
    .join('\n\n');
}

describe('parser properties', () => {
  it('WebVTT: serialise then parse gives the same speakers, texts and times', () => {
    // A speaker-less cue whose text starts "Name:" would rightly be read as that speaker.
    const vttText = cleanText.filter((t) => splitSpeakerPrefix(t).speaker === '');
    const speaker = fc.oneof(fc.constant(''), cleanText);
    fc.assert(
      fc.property(timedSegments(speaker, vttText), (segments) => {
        expect(parseWebVtt(toVtt(segments))).toEqual(segments);
      }),
    );
  });

  it('SRT: serialise then parse gives the same speakers, texts and times', () => {
    // SRT formatting tags are stripped, so "<" is kept out of generated SRT text.
    const srtText = cleanText.filter((t) => !t.includes('<'));
    fc.assert(
      fc.property(timedSegments(name, srtText), (segments) => {
        expect(parseSrt(toSrt(segments))).toEqual(segments);
      }),
    );
  });

  it('parseTranscript never throws, and what it returns is schema-valid', () => {
    const line = fc.oneof(
      fc.string(),
      fc.constantFrom('WEBVTT', '00:01.000 --> 00:02.000', '1', 'Jane Doe  0:12', 'NOTE x', ''),
      fc.constant('00:00:01,000 --> 00:00:02,000 X1:1'),
    );
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc
        .tuple(fc.array(line), fc.constantFrom('\n', '\r\n', '\r'))
        .map(([lines, eol]) => lines.join(eol)),
    );
    fc.assert(
      fc.property(fc.constantFrom('a.vtt', 'a.srt', 'a.txt', ''), text, (fileName, body) => {
        const result = parseTranscript(fileName, body);
        if (!result.ok) return;
        expect(result.segments.length).toBeGreaterThan(0);
        for (const s of result.segments)
          expect(transcriptSegmentSchema.safeParse(s).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

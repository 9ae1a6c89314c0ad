// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { icpSlide } from '../../../src/export/icpSlide';
import { limitLines, SLIDE_LIMITS, slideContent } from '../../../src/export/slideContent';
import { trait } from '../icp/builders';

/** The slide's XML: pptxgenjs stores the zip uncompressed, so it is readable in the bytes. */
async function slideTexts(blob: Blob): Promise<string[]> {
  const zip = new TextDecoder().decode(await blob.arrayBuffer());
  const xml = /<p:sld [\s\S]*?<\/p:sld>/.exec(zip)?.[0] ?? '';
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  return [...doc.getElementsByTagName('a:t')].map((t) => t.textContent ?? '');
}

const salesforce = trait('sf', {
  name: 'Runs Salesforce',
  weight: 5,
  rule: { op: 'equals', field: 'techStack', value: 'Salesforce' },
});
const pain = trait('pain', { name: 'Manual reporting', weight: 3, codeIds: ['c'] });
const onPrem = trait('dq', { name: 'On-prem only', weight: -5, kind: 'disqualifier' });

describe('the one slide', () => {
  it('holds IS / IS NOT, weighted traits, disqualifiers, separation, evidence and sign-off', async () => {
    const texts = await slideTexts(
      await icpSlide(
        slideContent({
          version: {
            number: 2,
            status: 'signed_off',
            frozenAt: '2026-02-01T00:00:00.000Z',
            isLines: ['B2B SaaS'],
            isNotLines: ['Agencies'],
            exclusions: ['Healthcare'],
            signOffs: [
              {
                name: 'Ana',
                role: 'CEO',
                decision: 'approve',
                comment: '',
                at: '2026-02-01T00:00:00.000Z',
              },
            ],
          },
          traits: [onPrem, pain, salesforce],
          separation: 0.91,
          evidence: { pain: { accounts: 6, quotes: 9 }, sf: { accounts: 0, quotes: 0 } },
          fieldFigures: new Map([
            ['sf', { powerUsers: { k: 8, n: 18 }, comparison: { k: 0, n: 30 } }],
          ]),
          scored: [{ cohort: 'power_user' }, { cohort: 'churner' }],
        }),
      ),
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        'Ideal Customer Profile — v2',
        'Signed off 2026-02-01 · approved by Ana (CEO)',
        'ICP IS',
        '• B2B SaaS',
        'ICP IS NOT',
        '• Agencies',
        '• Healthcare',
        'Strong: a power user outscores a churner or lost deal 91% of the time (AUC 0.91)',
        '+5',
        'Runs Salesforce',
        '8 of 18 PU vs 0 of 30 churn/lost',
        '+3',
        'Manual reporting',
        '6 accounts, 9 quotes',
        '−5',
        'On-prem only · disqualifier',
      ]),
    );
    // Positive traits first, then disqualifiers; each weight sits in its own cell.
    expect(texts.indexOf('Runs Salesforce')).toBeLessThan(
      texts.indexOf('On-prem only · disqualifier'),
    );
    expect(texts.filter((t) => /^[+−]\d$/.test(t))).toEqual(['+5', '+3', '−5']);
  });

  it('cuts long lists with "+N more" and long lines at a word', () => {
    const lines = Array.from({ length: 7 }, (_, i) => `Line ${i} ${'word '.repeat(30)}`);
    const limited = limitLines(lines, SLIDE_LIMITS.isLines, SLIDE_LIMITS.lineChars);
    expect(limited).toHaveLength(SLIDE_LIMITS.isLines);
    expect(limited.at(-1)).toBe('+3 more');
    for (const line of limited) expect(line.length).toBeLessThanOrEqual(SLIDE_LIMITS.lineChars);
    expect(limited[0]).toMatch(/word…$/);
  });

  it('says "+N more traits" when they do not fit', async () => {
    const traits = Array.from({ length: 12 }, (_, i) => trait(`t${i}`, { name: `Trait ${i}` }));
    const texts = await slideTexts(
      await icpSlide(
        slideContent({
          version: { number: 1, status: 'draft', isLines: [], isNotLines: [], exclusions: [] },
          traits,
        }),
      ),
    );
    expect(texts).toContain(`+${12 - SLIDE_LIMITS.traits + 1} more traits`);
    expect(texts).toContain('Draft · no approvals yet');
  });
});

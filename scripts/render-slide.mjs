#!/usr/bin/env node
// Builds the demo workspace's one-slide ICP with the app's own export code and renders it to
// PNG, to see what a meeting sees: npm run render:slide [out.png] (default docs/slide.png).
// Needs LibreOffice (soffice) and poppler (pdftoppm), e.g. on Debian or Ubuntu:
//   apt-get install -y libreoffice-impress poppler-utils
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { createServer } from 'vite';

const out = resolve(process.argv[2] ?? 'docs/slide.png');
const missing = ['soffice', 'pdftoppm'].filter(
  (tool) => spawnSync(tool, ['--version'], { stdio: 'ignore' }).error !== undefined,
);
if (missing.length) {
  console.error(
    `render:slide needs ${missing.join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed.\n` +
      'Install LibreOffice Impress and poppler, e.g. apt-get install -y libreoffice-impress poppler-utils',
  );
  process.exit(1);
}

// Vite loads the TypeScript modules as the app does, with no build step.
const vite = await createServer({
  server: { middlewareMode: true, hmr: false },
  appType: 'custom',
  logLevel: 'error',
});
const load = (path) => vite.ssrLoadModule(path);
try {
  const NOW = '2026-03-01T12:00:00.000Z';
  const { generateDemoWorkspace } = await load('/src/domain/demo/generateDemoWorkspace.ts');
  const { DEMO_SEED } = await load('/src/db/createDemoWorkspace.ts');
  const { demoIcp } = await load('/src/domain/demo/demoIcp.ts');
  const scoring = await load('/src/domain/icp/scoring.ts');
  const { icpSeparation } = await load('/src/domain/icp/separation.ts');
  const { fieldTraitFigures } = await load('/src/domain/icp/traitFigures.ts');
  const { derivePersonas } = await load('/src/domain/icp/personas.ts');
  const { icpSlide } = await load('/src/export/icpSlide.ts');
  const { slideContent } = await load('/src/export/slideContent.ts');

  const data = generateDemoWorkspace({ seed: DEMO_SEED, now: NOW });
  const { traits, version } = demoIcp(data, NOW);
  const scored = scoring.scoreAccounts(
    data.accounts,
    traits,
    scoring.groupQuotesByAccount(data.highlights),
  );
  const evidence = Object.fromEntries(
    traits.map((t) => [t.id, scoring.traitEvidence(t, data.highlights)]),
  );
  const blob = await icpSlide(
    slideContent({
      version,
      traits,
      separation: icpSeparation(scored),
      evidence,
      fieldFigures: fieldTraitFigures(traits, scored),
      personas: derivePersonas(data).personas,
      scored,
    }),
  );

  const dir = mkdtempSync(join(tmpdir(), 'tourbook-slide-'));
  try {
    const pptx = join(dir, 'slide.pptx');
    writeFileSync(pptx, Buffer.from(await blob.arrayBuffer()));
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, pptx], {
      stdio: 'ignore',
    });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '110',
      '-singlefile',
      join(dir, 'slide.pdf'),
      join(dir, 'slide'),
    ]);
    const png = readdirSync(dir).find((name) => name.endsWith('.png'));
    if (!png) throw new Error('pdftoppm wrote no PNG');
    renameSync(join(dir, png), out);
    console.log(`saved ${basename(out)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  await vite.close();
}

// Zod compiles fast parsers with `new Function`, which the Content-Security-Policy forbids, and
// probes for it the first time any module builds an object schema. Zod adopts this global config
// when it loads; a classic script runs before every module of the app, whatever the bundler's
// chunk order, so no schema is ever built before jitless mode is on.
globalThis.__zod_globalConfig = { jitless: true };

import { z } from 'zod';

// Zod compiles fast parsers with `new Function`, which our Content-Security-Policy forbids;
// jitless mode parses the same way without eval (and without a CSP violation on probing).
z.config({ jitless: true });

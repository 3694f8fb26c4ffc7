// zod 4 compiles a fast parser for each object schema with `new Function` when it
// finds eval allowed, probing for it once. An extension page's CSP forbids eval
// (the probe alone is reported as a CSP violation) and the stores' reviewers flag
// it, so the JIT is off everywhere. Imported first by lib/model.ts, which every
// bundle loads before it builds a schema. (The build also strips the eval code
// itself: see SOURCE_PATCHES in wxt.config.ts.)
import { z } from 'zod';

z.config({ jitless: true });

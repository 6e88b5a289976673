// The TypeScript compiler API the emitters build and print nodes with, from ts-morph. Loaded with
// require: importing the CommonJS package from ESM makes Node first scan its megabyte of source
// for export names, a tenth of a second on every run. Types still come from `import type { ts }`.
import { createRequire } from 'node:module';
import type * as TsMorph from 'ts-morph';

export const tsApi: typeof TsMorph.ts = (createRequire(import.meta.url)('ts-morph') as typeof TsMorph).ts;

// One measured generator run in a fresh process, so that peak memory belongs to it alone.
// Prints one JSON line: stage timings, total, peak RSS, entries.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import YAML from 'yaml';
import { generate } from '../generator/generate.js';
import { corpusFiles, sample } from './corpus-sample.js';

const [what = 'seeds', kind = 'generate'] = process.argv.slice(2);
const docs = what === 'seeds' ? ['seeds'] : sample(corpusFiles(), Number(what));

const start = performance.now();
if (kind === 'floor') {
  // The floor: read every file and parse its front matter, nothing else.
  let keys = 0;
  for (const file of docs[0] === 'seeds' ? [] : docs) {
    const text = readFileSync(file, 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (m?.[1]) {
      try {
        keys += Object.keys(YAML.parse(m[1]) ?? {}).length;
      } catch {
        keys += 0;
      }
    }
  }
  const total = performance.now() - start;
  console.log(JSON.stringify({ what, kind, documents: docs.length, total, keys, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const result = await generate({ docs, write: false, progress: 'silent', keepGoing: true });
  const total = performance.now() - start;
  console.log(JSON.stringify({ what, kind, documents: docs.length, total, timings: result.timings,
    entries: result.summary.entries, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

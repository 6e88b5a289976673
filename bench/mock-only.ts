// `npx tsx bench/mock-only.ts`: the mock benchmark alone (npm run bench runs it with the others).
import { benchMock } from './mock-bench.js';

await benchMock();

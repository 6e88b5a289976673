// The conformance goldens: what a scenario printed under Wine, with the Wine version, plus the
// scenario's annotations — where the documents override Wine, and where the mock must record a
// documented misuse. The C scenario is the source of the annotations; the golden keeps a copy
// so the notes travel with the recorded output.

/** `/* documents-win: <label>: <fields> — <why> *\/`: the documents' result replaces Wine's. */
export interface DocumentsWin {
  label: string;
  /** The step's fields as the documents give them, e.g. `status=0xc0000235`. */
  expected: string;
  why: string;
}

/** `/* violation: <label>: <rule id> *\/`: the mock (lenient) records this rule at this step. */
export interface ExpectedViolation {
  label: string;
  rule: string;
}

export interface Annotations {
  documentsWin: DocumentsWin[];
  violations: ExpectedViolation[];
}

export interface Step {
  label: string;
  /** Everything after the label: `result=0 lastError=6`. */
  fields: string;
}

export interface Golden extends Annotations {
  /** `wine --version` of the recording. */
  wine: string;
  scenario: string;
  steps: Step[];
}

export class GoldenFormatError extends Error {
  constructor(file: string, line: number, message: string, expected: string) {
    super(`[winhandle] ${file}:${line}: ${message} — expected ${expected}`);
    this.name = 'GoldenFormatError';
  }
}

const LABEL = /^[a-z0-9][a-z0-9-]*$/;
const STEP_LINE = /^step ([a-z0-9][a-z0-9-]*) (\S.*)$/;
const DOCUMENTS_WIN = /\/\*\s*documents-win:\s*([^:\s]+):\s*(.*?)\s+—\s+([\s\S]*?)\s*\*\//g;
const VIOLATION = /\/\*\s*violation:\s*([^:\s]+):\s*([^\s*]+)\s*\*\//g;

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function checkLabel(label: string, file: string, line: number): void {
  if (!LABEL.test(label)) throw new GoldenFormatError(file, line, `bad step label "${label}"`, 'lower-case words joined by "-"');
}

/** The annotations of a C scenario, in source order. */
export function readAnnotations(source: string, file: string): Annotations {
  const documentsWin: DocumentsWin[] = [];
  const violations: ExpectedViolation[] = [];
  for (const m of source.matchAll(DOCUMENTS_WIN)) {
    checkLabel(m[1]!, file, lineAt(source, m.index));
    // A why over several comment lines: drop each line's leading " * ".
    documentsWin.push({ label: m[1]!, expected: m[2]!, why: m[3]!.replace(/\s*\n\s*\*?\s*/g, ' ').replace(/\s+/g, ' ') });
  }
  for (const m of source.matchAll(VIOLATION)) {
    checkLabel(m[1]!, file, lineAt(source, m.index));
    violations.push({ label: m[1]!, rule: m[2]! });
  }
  const marked = source.match(/\/\*\s*(documents-win|violation):/g)?.length ?? 0;
  if (marked !== documentsWin.length + violations.length) {
    const at = source.search(/\/\*\s*(documents-win|violation):/);
    throw new GoldenFormatError(file, lineAt(source, at), 'an annotation could not be read',
      '"/* documents-win: <label>: <fields> — <why> */" or "/* violation: <label>: <rule id> */"');
  }
  return { documentsWin, violations };
}

export function parseStep(line: string, file: string, lineNo: number): Step {
  const m = STEP_LINE.exec(line);
  if (m === null) throw new GoldenFormatError(file, lineNo, `not a step line: ${JSON.stringify(line)}`, '"step <label> <field>=<value> ..."');
  return { label: m[1]!, fields: m[2]! };
}

/** The lines a scenario program printed (CR LF or LF), as steps. */
export function parseOutput(output: string, file: string): Step[] {
  const lines = output.replace(/\r/g, '').split('\n').filter((l) => l !== '');
  return lines.map((line, i) => parseStep(line, file, i + 1));
}

export const RERECORD = 'npx tsx scripts/record-wine-goldens.ts';

export function formatGolden(g: Golden): string {
  const out = [
    `# wine ${g.wine}`,
    `# scenario ${g.scenario}: test/conformance/scenarios/${g.scenario}.c run under Wine; re-record with ${RERECORD}`,
    ...g.steps.map((s) => `step ${s.label} ${s.fields}`),
    '# notes: where the documents override Wine (the mock must give the documents\' result)',
    ...(g.documentsWin.length === 0 ? ['# (none)'] : g.documentsWin.map((d) => `# documents-win ${d.label}: ${d.expected} — ${d.why}`)),
    '# notes: documented misuse the mock records as a violation (lenient mode)',
    ...(g.violations.length === 0 ? ['# (none)'] : g.violations.map((v) => `# violation ${v.label}: ${v.rule}`)),
  ];
  return `${out.join('\n')}\n`;
}

export function parseGolden(text: string, file: string): Golden {
  const lines = text.replace(/\r/g, '').split('\n');
  const header = /^# wine (.+)$/.exec(lines[0] ?? '');
  if (header === null) throw new GoldenFormatError(file, 1, 'missing the Wine version header', '"# wine <wine --version>"');
  const scenario = /^# scenario ([a-z0-9-]+):/.exec(lines[1] ?? '');
  if (scenario === null) throw new GoldenFormatError(file, 2, 'missing the scenario line', '"# scenario <name>: ..."');
  const golden: Golden = { wine: header[1]!, scenario: scenario[1]!, steps: [], documentsWin: [], violations: [] };
  lines.slice(2).forEach((line, i) => {
    const n = i + 3;
    if (line === '' || line.startsWith('# notes:') || line === '# (none)') return;
    let m: RegExpExecArray | null;
    if ((m = /^# documents-win ([^:\s]+): (.*?) — (.*)$/.exec(line)) !== null) {
      golden.documentsWin.push({ label: m[1]!, expected: m[2]!, why: m[3]! });
    } else if ((m = /^# violation ([^:\s]+): (\S+)$/.exec(line)) !== null) {
      golden.violations.push({ label: m[1]!, rule: m[2]! });
    } else {
      golden.steps.push(parseStep(line, file, n));
    }
  });
  return golden;
}

/** The step lines the mock must print: Wine's, with the documents' fields where they win. */
export function expectedSteps(g: Golden): Array<Step & { documentsWin?: DocumentsWin }> {
  const wins = new Map(g.documentsWin.map((d) => [d.label, d]));
  return g.steps.map((s) => {
    const win = wins.get(s.label);
    return win === undefined ? s : { label: s.label, fields: win.expected, documentsWin: win };
  });
}

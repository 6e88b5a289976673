// JSON in and out of the HTTP layer. Request bodies are untrusted: keys that could reach a
// prototype (`__proto__`, `constructor`, `prototype`) are dropped while parsing, so a body can
// change nothing outside the request. Answers turn bigints into numbers (or strings when too wide).

const POISONED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function dropPoisonedKeys(this: unknown, key: string, value: unknown): unknown {
  return POISONED_KEYS.has(key) ? undefined : value;
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; message: string };

/** JSON.parse without prototype-reaching keys; never throws. */
export function parseJsonSafely(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text, dropPoisonedKeys) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** A value made JSON-ready: bigint → number when exact, else its decimal string; undefined → null. */
export function toJsonValue(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null, (_key, v: unknown) => {
    if (typeof v !== 'bigint') return v;
    return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
  }), dropPoisonedKeys);
}

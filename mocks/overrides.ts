// The DLL objects of a world: built-ins over "not mocked" throwers, win.use overrides in front
// (msw-style: a handler gets the arguments and `next`, which calls what it replaced) and, when
// options.recordCalls is set, a recorder in front of everything.
import { usageError } from './core/errors.js';
import type { Store } from './core/records.js';
import { arity, DLL_NAMES, DLLS, NOT_MOCKED, type DllName } from './dlls/index.js';

type Fn = (...args: unknown[]) => unknown;

export interface DllLayer {
  name: DllName;
  builtins: Record<string, Fn>;
  /** Built-ins plus overrides; what the public object calls. */
  active: Record<string, Fn>;
  public: Record<string, Fn>;
}

function recorder(s: Store, layer: DllLayer, api: string): Fn {
  return (...args: unknown[]) => {
    const entry = { dll: layer.name, api, args, lastError: 0 } as Store['calls'][number];
    s.calls.push(entry);
    try {
      entry.result = layer.active[api]!(...args);
      return entry.result;
    } catch (error) {
      entry.error = error;
      throw error;
    } finally {
      entry.lastError = s.ctx.thread.lastError;
    }
  };
}

export function buildDll(s: Store, name: DllName): DllLayer {
  const builtins = DLLS[name].create(s) as unknown as Record<string, Fn>;
  const active = Object.assign(Object.create(NOT_MOCKED[name]) as Record<string, Fn>, builtins);
  const layer: DllLayer = { name, builtins, active, public: active };
  if (s.options.recordCalls) {
    layer.public = {};
    for (const api of new Set([...DLLS[name].functions, ...Object.keys(builtins)])) layer.public[api] = recorder(s, layer, api);
  }
  return layer;
}

export type Handler = (...args: never[]) => unknown;

/** Installs overrides. Keys are function names (`NtClose`, applied to every DLL that has it) or `dll.Name`. */
export function installHandlers(layers: Record<DllName, DllLayer>, handlers: Record<string, Handler | undefined>): void {
  for (const [key, handler] of Object.entries(handlers)) {
    if (handler === undefined) continue;
    if (typeof handler !== 'function') throw usageError('use', `the handler for ${key} must be a function (...args, next) => result`);
    const dot = key.indexOf('.');
    const api = dot < 0 ? key : key.slice(dot + 1);
    const names = dot < 0 ? DLL_NAMES : [key.slice(0, dot) as DllName];
    const targets = names.filter((dll) => layers[dll] !== undefined && api in layers[dll].active);
    if (targets.length === 0) throw usageError('use', `no DLL of the mock has a function named ${key} — check the spelling (names are case-sensitive)`);
    for (const dll of targets) {
      const layer = layers[dll];
      const previous = layer.active[api]!;
      const n = arity(dll, api);
      layer.active[api] = (...args: unknown[]) => {
        const next = (...replacement: unknown[]): unknown => previous(...(replacement.length > 0 ? replacement : args));
        const own = n === undefined ? args : Array.from({ length: n }, (_, i) => args[i]);
        return (handler as Fn)(...own, next);
      };
    }
  }
}

/** Removes every override: the built-ins answer again. */
export function resetHandlers(layers: Record<DllName, DllLayer>): void {
  for (const layer of Object.values(layers)) {
    for (const api of Object.keys(layer.active)) delete layer.active[api];
    Object.assign(layer.active, layer.builtins);
  }
}

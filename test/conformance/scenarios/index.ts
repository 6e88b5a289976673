// Every mock scenario; each has a C twin (<name>.c) and a golden (../goldens/<name>.txt).
import { closeBasics } from './close-basics.js';
import { duplicateLifetime } from './duplicate-lifetime.js';
import { fileMapping } from './file-mapping.js';
import { findHandles } from './find-handles.js';
import { nativeClose } from './native-close.js';
import { protectFromClose } from './protect-from-close.js';
import { registry } from './registry.js';
import { sockets } from './sockets.js';
import type { MockScenario } from './step-recorder.js';

export const MOCK_SCENARIOS: readonly MockScenario[] = [
  closeBasics, duplicateLifetime, fileMapping, findHandles, nativeClose, protectFromClose, registry, sockets,
];

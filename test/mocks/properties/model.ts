// A tiny model of the object manager, written from the documents, not from the mock: objects with
// a handle count and a pointer count, deleted once (and for good) when both are zero; handles
// with their flags and the table they are in; the values ever handed out; the pointers drivers hold.

/** The two processes the steps run in: the world's default one and a second one. */
export type Where = 'app' | 'other';

export interface ModelObject {
  kind: string;
  name: string | undefined;
  handles: number;
  /** Every referenced pointer, a running process's or thread's own one included. */
  pointers: number;
  /** References taken with ObReferenceObjectByHandle and not yet released. */
  driverRefs: number;
  deleted: boolean;
  /** The object's address, as win.inspect and ObReferenceObjectByHandle give it. */
  pointer: number;
}

export interface ModelHandle {
  value: number;
  object: ModelObject;
  protect: boolean;
  inherit: boolean;
  /** Granted access mask. */
  access: number;
  /** In the kernel handle table: valid only when the previous mode is KernelMode, in any process. */
  kernel: boolean;
  /** The process whose table holds a handle that is not a kernel handle: valid there only. */
  owner: Where;
  /** A FindFirstFile search handle: no close function of the object manager takes it. */
  search: boolean;
}

export class Model {
  readonly objects: ModelObject[] = [];
  readonly open = new Map<number, ModelHandle>();
  /** Every handle value handed out, first-seen order. */
  readonly seen: number[] = [];
  private readonly seenSet = new Set<number>();
  /** Every value handed out, the invariants' own opens included. */
  private readonly issued = new Set<number>();
  /** The table each value handed out belongs to. */
  readonly tableOf = new Map<number, Where | 'kernel'>();
  /** GetCurrentProcess() and GetCurrentThread() in each process: the objects they name. */
  readonly pseudo = { app: new Map<number, ModelObject>(), other: new Map<number, ModelObject>() };
  violations = 0;
  /** What the running step picked (a handle or a pointer), for the failure message. */
  resolved = '';

  constructor(readonly reuse: 'windows' | 'never') {}

  addObject(kind: string, name: string | undefined, pointer: number, running: boolean): ModelObject {
    const obj: ModelObject = { kind, name, handles: 0, pointers: running ? 1 : 0, driverRefs: 0, deleted: false, pointer };
    this.objects.push(obj);
    return obj;
  }

  /** A live (not yet deleted) object with this name. */
  named(name: string): ModelObject | undefined {
    return this.objects.find((o) => o.name === name && !o.deleted);
  }

  /** Why a handle value just handed out is wrong, if it is. */
  private problem(value: number): string | undefined {
    if (value === 0 || value % 4 !== 0) return `handle ${value} is not a nonzero multiple of 4`;
    if (this.open.has(value)) return `handle ${value} was handed out while still open`;
    if (this.issued.has(value) && this.reuse === 'never') return `handle ${value} was handed out again under handleReuse 'never'`;
    return undefined;
  }

  /** Records a handle value just handed out; returns why it is wrong, if it is. */
  learn(value: number): string | undefined {
    const problem = this.problem(value);
    if (!this.seenSet.has(value)) this.seen.push(value);
    this.seenSet.add(value);
    this.issued.add(value);
    return problem;
  }

  /** A value the invariant checks open and close at once: remembered against reuse, not picked by steps. */
  learnProbe(value: number): string | undefined {
    const problem = this.problem(value);
    this.issued.add(value);
    return problem;
  }

  addHandle(value: number, object: ModelObject, flags: Omit<ModelHandle, 'value' | 'object'>): void {
    const problem = this.learn(value);
    if (problem !== undefined) throw new Error(`[model] ${problem}`);
    this.open.set(value, { value, object, ...flags });
    this.tableOf.set(value, flags.kernel ? 'kernel' : flags.owner);
    object.handles++;
  }

  close(h: ModelHandle): void {
    this.open.delete(h.value);
    h.object.handles--;
    this.settle(h.object);
  }

  reference(obj: ModelObject): void {
    obj.pointers++;
    obj.driverRefs++;
  }

  dereference(obj: ModelObject): void {
    obj.pointers--;
    obj.driverRefs--;
    this.settle(obj);
  }

  private settle(obj: ModelObject): void {
    if (obj.handles === 0 && obj.pointers === 0) obj.deleted = true;
  }
}

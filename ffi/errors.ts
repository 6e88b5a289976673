// One error type for the bindings, with the package's one message prefix.

/** Thrown when a DLL cannot be loaded or a function of it cannot be bound. */
export class FfiError extends Error {
  override readonly name = 'FfiError';

  constructor(message: string) {
    super(`[winhandle] ${message}`);
  }
}

/** Where a type is used, for messages: `Kernel32.CreateEventW, parameter lpName`. */
export interface TypeSite {
  /** `Kernel32.CreateEventW` or a struct name. */
  owner: string;
  /** `parameter lpName`, `return value`, `field nLength`. */
  part: string;
}

export const siteText = (site: TypeSite): string => `${site.owner}, ${site.part}`;

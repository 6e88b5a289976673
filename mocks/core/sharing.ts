// Share modes: an open is refused when it wants access an existing open does not share, or does
// not share access an existing open has (dwShareMode of CreateFileW, ShareAccess of FltCreateFile).
// Opening with delete-on-close counts as delete access.
import { DELETE, FILE_SHARE_DELETE, FILE_SHARE_READ, FILE_SHARE_WRITE, GENERIC_ALL, GENERIC_READ, GENERIC_WRITE } from './constants.js';

const GENERIC_EXECUTE = 0x20000000;
const READ_BITS = GENERIC_READ | GENERIC_EXECUTE | GENERIC_ALL | 0x1 /* FILE_READ_DATA */ | 0x20 /* FILE_EXECUTE */;
const WRITE_BITS = GENERIC_WRITE | GENERIC_ALL | 0x2 /* FILE_WRITE_DATA */ | 0x4 /* FILE_APPEND_DATA */;
const DELETE_BITS = DELETE | GENERIC_ALL;

export interface OpenMode {
  access: number;
  share: number;
  deleteOnClose: boolean;
}

/** The FILE_SHARE_* bits an open needs the others to grant. */
function needs(o: OpenMode): number {
  const a = o.access >>> 0;
  return ((a & READ_BITS) !== 0 ? FILE_SHARE_READ : 0) | ((a & WRITE_BITS) !== 0 ? FILE_SHARE_WRITE : 0)
    | ((a & DELETE_BITS) !== 0 || o.deleteOnClose ? FILE_SHARE_DELETE : 0);
}

export function sharingConflict(existing: Iterable<OpenMode>, wanted: OpenMode): boolean {
  const want = needs(wanted);
  for (const o of existing) {
    if ((want & ~o.share) !== 0 || (needs(o) & ~wanted.share) !== 0) return true;
  }
  return false;
}

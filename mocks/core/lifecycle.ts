// What happens to an object of each kind when its last handle closes and when it is deleted:
// transactions roll back, delete-on-close files go away, sections release their file.
import { dereference } from './object-manager.js';
import type { FileNode, KObject, Store } from './records.js';

export function onLastHandleClosed(s: Store, obj: KObject): void {
  // "If the last transaction handle is closed before a client calls the CommitTransaction
  // function with the transaction handle, then KTM rolls back the transaction."
  if (obj.transaction !== undefined && obj.transaction.state === 'active') rollback(s, obj);
}

export function onDelete(s: Store, obj: KObject): void {
  if (obj.file !== undefined) fileObjectGone(s, obj);
  else if (obj.section?.file !== undefined) dereference(s, obj.section.file);
}

function fileObjectGone(s: Store, obj: KObject): void {
  const { node, transaction } = obj.file!;
  node.open.delete(obj);
  transaction?.transaction?.bound.delete(obj);
  if (node.open.size > 0 || !node.deleteOnClose) return;
  const tx = transaction?.transaction;
  if (tx === undefined) removeFile(s, node);
  else if (tx.state === 'active') node.deleteWith = transaction; // deleted when the transaction commits
  else if (tx.state === 'committed') removeFile(s, node);
  else node.deleteOnClose = false; // rolled back: the delete never happened
}

export function removeFile(s: Store, node: FileNode): void {
  node.exists = false;
  node.deleteOnClose = false;
  node.deleteWith = undefined;
  if (s.files.get(node.key) === node) s.files.delete(node.key);
}

export function commit(s: Store, tx: KObject): void {
  tx.transaction!.state = 'committed';
  for (const node of [...s.files.values()]) {
    if (node.createdIn === tx) node.createdIn = undefined;
    if (node.deleteWith === tx) removeFile(s, node);
  }
}

export function rollback(s: Store, tx: KObject): void {
  tx.transaction!.state = 'rolled-back';
  for (const node of [...s.files.values()]) {
    if (node.createdIn === tx) removeFile(s, node);
    if (node.deleteWith === tx) {
      node.deleteWith = undefined;
      node.deleteOnClose = false;
    }
  }
}

// ktmw32: transactions. Files opened by CreateFileTransactedW are bound to their transaction.
import { INVALID_HANDLE_VALUE, TRANSACTION_ALL_ACCESS, UserMode } from '../core/constants.js';
import { WIN32_ERROR } from '../core/codes.js';
import { fail } from '../core/context.js';
import { violate } from '../core/enforce.js';
import { commit } from '../core/lifecycle.js';
import { insertHandle, resolveObject } from '../core/object-manager.js';
import type { Store } from '../core/records.js';
import { signatures, validate } from '../core/signatures.js';
import { newObject } from '../core/store.js';
import { inherits } from '../core/structs.js';

export const KTMW32_SIGNATURES = signatures({
  CreateTransaction: 'HANDLE CreateTransaction(LPSECURITY_ATTRIBUTES lpTransactionAttributes, LPGUID UOW, DWORD CreateOptions, DWORD IsolationLevel, DWORD IsolationFlags, DWORD Timeout, LPWSTR Description)',
  CommitTransaction: 'BOOL CommitTransaction(HANDLE TransactionHandle)',
});
const S = KTMW32_SIGNATURES;

export function ktmw32(s: Store) {
  return {
    CreateTransaction(lpTransactionAttributes: object | null, UOW: object | null, CreateOptions: number, IsolationLevel: number,
      IsolationFlags: number, Timeout: number, Description: string | null): number {
      validate(S.CreateTransaction, arguments);
      // "Reserved. Must be zero (0)."
      if (UOW !== null) return (fail(s, WIN32_ERROR.ERROR_INVALID_PARAMETER), INVALID_HANDLE_VALUE);
      const obj = newObject(s, 'Transaction');
      obj.transaction = { state: 'active', bound: new Set(), description: Description ?? '' };
      return insertHandle(s, obj, { access: TRANSACTION_ALL_ACCESS, inherit: inherits(lpTransactionAttributes), openedBy: 'CreateTransaction' });
    },
    CommitTransaction(TransactionHandle: number): number {
      validate(S.CommitTransaction, arguments);
      const tx = resolveObject(s, TransactionHandle, UserMode);
      if (tx?.transaction === undefined) return fail(s, WIN32_ERROR.ERROR_INVALID_HANDLE);
      if (tx.transaction.state !== 'active') return fail(s, WIN32_ERROR.ERROR_TRANSACTION_NOT_ACTIVE);
      const open = [...tx.transaction.bound].filter((f) => f.handleCount > 0);
      if (open.length > 0) {
        violate(s, 'transaction-commit-with-bound-handles', 'CommitTransaction',
          `${open.length} handle(s) opened by CreateFileTransactedW in this transaction are still open (${open.map((f) => f.name).join(', ')}) — close them before committing`);
      }
      commit(s, tx);
      return 1;
    },
  };
}

/* NtClose and NtDuplicateObject through ntdll: invalid, NULL, closed and pseudo-handles, and a
 * duplicate made with OBJ_PROTECT_CLOSE. */
#include "step.h"

int main(void) {
  nt_close_fn nt_close = (nt_close_fn)ntdll_export("NtClose");
  nt_duplicate_object_fn nt_duplicate = (nt_duplicate_object_fn)ntdll_export("NtDuplicateObject");
  HANDLE ev, dup;
  DWORD flags;
  STEP_STATUS("ntclose-null", nt_close(NULL));
  STEP_STATUS("ntclose-never-opened", nt_close((HANDLE)(ULONG_PTR)0x7ffc));
  STEP_HANDLE("create-event", ev, CreateEventW(NULL, TRUE, FALSE, NULL), NULL);
  STEP_STATUS("ntclose-first", nt_close(ev));
  STEP_STATUS("ntclose-second", nt_close(ev));
  STEP_BOOL("closehandle-after-ntclose", CloseHandle(ev));
  STEP_STATUS("ntclose-current-process", nt_close(GetCurrentProcess()));
  STEP_STATUS("ntclose-current-thread", nt_close(GetCurrentThread()));

  STEP_HANDLE("create-event-2", ev, CreateEventW(NULL, TRUE, FALSE, NULL), NULL);
  dup = NULL;
  STEP_STATUS("ntduplicate-same-access", nt_duplicate(GetCurrentProcess(), ev, GetCurrentProcess(), &dup, 0, 0, DUPLICATE_SAME_ACCESS));
  STEP_CLASS("ntduplicate-handle", dup, NULL);
  STEP_STATUS("ntclose-ntduplicate", nt_close(dup));

  /* documents-win: protected-flags-value: value=2 — NtClose's document: "when a call of ZwDuplicateObject has been invoked with OBJ_PROTECT_CLOSE passed to the handle attributes parameter argument. The kernel ensures that the handle cannot be closed"; the protection shows as HANDLE_FLAG_PROTECT_FROM_CLOSE. Wine 8 ignores OBJ_PROTECT_CLOSE */
  /* documents-win: ntclose-protected-duplicate: status=0xc0000235 — NtClose's document: STATUS_HANDLE_NOT_CLOSABLE for a handle duplicated with OBJ_PROTECT_CLOSE. Wine 8 closes it */
  /* documents-win: unprotect-duplicate: result=1 — the protected duplicate is still open (NtClose refused it), so its flag can be cleared */
  /* documents-win: ntclose-unprotected-duplicate: status=0x00000000 — once unprotected, the duplicate closes */
  dup = NULL;
  STEP_STATUS("ntduplicate-protect-close", nt_duplicate(GetCurrentProcess(), ev, GetCurrentProcess(), &dup, 0, OBJ_PROTECT_CLOSE, DUPLICATE_SAME_ACCESS));
  STEP_CLASS("protected-handle", dup, NULL);
  flags = 0xffff;
  STEP_BOOL("protected-flags", GetHandleInformation(dup, &flags));
  STEP_VALUE("protected-flags-value", flags);
  step_handle_count("protected-handle-count", dup);
  STEP_STATUS("ntclose-protected-duplicate", nt_close(dup));
  STEP_BOOL("unprotect-duplicate", SetHandleInformation(dup, HANDLE_FLAG_PROTECT_FROM_CLOSE, 0));
  STEP_STATUS("ntclose-unprotected-duplicate", nt_close(dup));
  STEP_STATUS("ntclose-event-2", nt_close(ev));

  /* DUPLICATE_CLOSE_SOURCE without a target process or handle: only the source is closed. */
  /* documents-win: ntduplicate-close-source-only: status=0x00000000 — ZwDuplicateObject's document: TargetProcessHandle "can be specified as NULL if the DUPLICATE_CLOSE_SOURCE flag is set" and TargetHandle "can be specified as NULL if no duplicate handle is to be created". Wine 8 closes the source but returns STATUS_INVALID_HANDLE */
  STEP_HANDLE("create-event-3", ev, CreateEventW(NULL, TRUE, FALSE, NULL), NULL);
  STEP_STATUS("ntduplicate-close-source-only", nt_duplicate(GetCurrentProcess(), ev, NULL, NULL, 0, 0, DUPLICATE_CLOSE_SOURCE));
  STEP_STATUS("ntclose-after-close-source", nt_close(ev));
  done();
  return 0;
}

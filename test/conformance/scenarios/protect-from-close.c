/* GetHandleInformation / SetHandleInformation flags, a handle protected from close (CloseHandle
 * and NtClose refuse it), duplicates do not inherit the protection, and the handle closes once
 * unprotected. */
#include "step.h"

int main(void) {
  nt_close_fn nt_close = (nt_close_fn)ntdll_export("NtClose");
  HANDLE ev, dup;
  DWORD flags;
  STEP_HANDLE("create-event", ev, CreateEventW(NULL, TRUE, FALSE, NULL), NULL);
  flags = 0xffff;
  STEP_BOOL("get-flags-initial", GetHandleInformation(ev, &flags));
  STEP_VALUE("flags-initial", flags);
  STEP_BOOL("set-inherit", SetHandleInformation(ev, HANDLE_FLAG_INHERIT, HANDLE_FLAG_INHERIT));
  STEP_BOOL("set-protect", SetHandleInformation(ev, HANDLE_FLAG_PROTECT_FROM_CLOSE, HANDLE_FLAG_PROTECT_FROM_CLOSE));
  flags = 0xffff;
  STEP_BOOL("get-flags-protected", GetHandleInformation(ev, &flags));
  STEP_VALUE("flags-protected", flags);

  STEP_BOOL("close-protected", CloseHandle(ev));
  STEP_STATUS("ntclose-protected", nt_close(ev));
  flags = 0xffff;
  STEP_BOOL("get-flags-after-refused-close", GetHandleInformation(ev, &flags));
  STEP_VALUE("flags-after-refused-close", flags);

  STEP_BOOL("duplicate-protected", DuplicateHandle(GetCurrentProcess(), ev, GetCurrentProcess(), &dup, 0, FALSE, DUPLICATE_SAME_ACCESS));
  flags = 0xffff;
  STEP_BOOL("get-flags-duplicate", GetHandleInformation(dup, &flags));
  STEP_VALUE("flags-duplicate", flags);
  STEP_BOOL("close-duplicate", CloseHandle(dup));

  STEP_BOOL("set-unprotect", SetHandleInformation(ev, HANDLE_FLAG_PROTECT_FROM_CLOSE, 0));
  flags = 0xffff;
  STEP_BOOL("get-flags-unprotected", GetHandleInformation(ev, &flags));
  STEP_VALUE("flags-unprotected", flags);
  STEP_BOOL("close-unprotected", CloseHandle(ev));
  STEP_BOOL("get-flags-closed", GetHandleInformation(ev, &flags));
  STEP_BOOL("set-flags-closed", SetHandleInformation(ev, HANDLE_FLAG_INHERIT, 0));

  /* The same refusal through NtClose first, then CloseHandle once unprotected. */
  STEP_HANDLE("create-event-2", ev, CreateEventW(NULL, TRUE, FALSE, NULL), NULL);
  STEP_BOOL("set-protect-2", SetHandleInformation(ev, HANDLE_FLAG_PROTECT_FROM_CLOSE, HANDLE_FLAG_PROTECT_FROM_CLOSE));
  STEP_STATUS("ntclose-protected-2", nt_close(ev));
  STEP_BOOL("set-unprotect-2", SetHandleInformation(ev, HANDLE_FLAG_PROTECT_FROM_CLOSE, 0));
  STEP_STATUS("ntclose-unprotected-2", nt_close(ev));
  STEP_STATUS("ntclose-closed-2", nt_close(ev));

  /* The pseudo-handles have no handle-table entry. */
  flags = 0xffff;
  STEP_BOOL("get-flags-current-process", GetHandleInformation(GetCurrentProcess(), &flags));
  STEP_VALUE("flags-current-process", flags);
  STEP_BOOL("set-protect-current-process", SetHandleInformation(GetCurrentProcess(), HANDLE_FLAG_PROTECT_FROM_CLOSE, HANDLE_FLAG_PROTECT_FROM_CLOSE));
  done();
  return 0;
}

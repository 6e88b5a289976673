/* CloseHandle on a fresh handle, twice, on NULL, on a value never opened, on the pseudo-handles
 * (which stay usable), and the last-error round trip. */
#include "step.h"

int main(void) {
  HANDLE ev, dup;
  STEP_HANDLE("create-event", ev, CreateEventW(NULL, TRUE, FALSE, NULL), NULL);
  STEP_BOOL("close-first", CloseHandle(ev));
  STEP_BOOL("close-second", CloseHandle(ev));
  STEP_BOOL("close-null", CloseHandle(NULL));
  STEP_BOOL("close-never-opened", CloseHandle((HANDLE)(ULONG_PTR)0x7ffc));

  STEP_HANDLE("get-current-process", ev, GetCurrentProcess(), NULL);
  STEP_BOOL("close-current-process", CloseHandle(GetCurrentProcess()));
  STEP_BOOL("close-current-process-again", CloseHandle(GetCurrentProcess()));
  STEP_BOOL("duplicate-current-process-after-close",
            DuplicateHandle(GetCurrentProcess(), GetCurrentProcess(), GetCurrentProcess(), &dup, 0, FALSE, DUPLICATE_SAME_ACCESS));
  STEP_CLASS("duplicated-process-handle", dup, NULL);
  STEP_BOOL("close-duplicated-process-handle", CloseHandle(dup));

  STEP_HANDLE("get-current-thread", ev, GetCurrentThread(), NULL);
  STEP_BOOL("close-current-thread", CloseHandle(GetCurrentThread()));
  STEP_BOOL("duplicate-current-thread-after-close",
            DuplicateHandle(GetCurrentProcess(), GetCurrentThread(), GetCurrentProcess(), &dup, 0, FALSE, DUPLICATE_SAME_ACCESS));
  STEP_CLASS("duplicated-thread-handle", dup, NULL);
  STEP_BOOL("close-duplicated-thread-handle", CloseHandle(dup));

  SetLastError(1234);
  STEP_VALUE("last-error-round-trip", GetLastError());
  SetLastError(0xE0000001);
  STEP_VALUE("last-error-application-bit", GetLastError());
  SetLastError(0);
  STEP_VALUE("last-error-cleared", GetLastError());
  done();
  return 0;
}

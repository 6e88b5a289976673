/* A named event lives while any handle to it is open: OpenEventW finds it through a duplicate
 * after the original is closed, and not after the last close. DUPLICATE_CLOSE_SOURCE closes the
 * source. CompareObjectHandles tells whether two handles name one object. */
#include "step.h"

#define NAME L"Local\\winhandle-conformance-event"

int main(void) {
  compare_object_handles_fn compare = (compare_object_handles_fn)GetProcAddress(LoadLibraryW(L"kernelbase.dll"), "CompareObjectHandles");
  HANDLE ev, dup, opened, other, moved;
  STEP_HANDLE("open-before-create", opened, OpenEventW(EVENT_ALL_ACCESS, FALSE, NAME), NULL);
  STEP_HANDLE("create-named-event", ev, CreateEventW(NULL, TRUE, FALSE, NAME), NULL);
  STEP_HANDLE("create-same-name-again", other, CreateEventW(NULL, TRUE, FALSE, NAME), NULL);
  STEP_BOOL("close-same-name-again", CloseHandle(other));
  step_handle_count("handle-count-one", ev);
  STEP_BOOL("duplicate", DuplicateHandle(GetCurrentProcess(), ev, GetCurrentProcess(), &dup, 0, FALSE, DUPLICATE_SAME_ACCESS));
  STEP_CLASS("duplicate-handle", dup, NULL);
  step_handle_count("handle-count-two", ev);
  STEP_VALUE("duplicate-differs-from-source", dup != ev);

  STEP_VALUE("compare-available", compare != NULL);
  if (compare != NULL) {
    STEP_BOOL("compare-duplicate", compare(ev, dup));
    STEP_HANDLE("create-other-event", other, CreateEventW(NULL, TRUE, FALSE, NULL), NULL);
    STEP_BOOL("compare-other", compare(ev, other));
    STEP_BOOL("close-other-event", CloseHandle(other));
  }

  STEP_BOOL("close-original", CloseHandle(ev));
  step_handle_count("handle-count-after-close-original", dup);
  STEP_HANDLE("open-while-duplicate-open", opened, OpenEventW(EVENT_ALL_ACCESS, FALSE, NAME), NULL);
  STEP_BOOL("close-opened", CloseHandle(opened));
  STEP_BOOL("close-duplicate", CloseHandle(dup));
  STEP_HANDLE("open-after-last-close", opened, OpenEventW(EVENT_ALL_ACCESS, FALSE, NAME), NULL);
  STEP_BOOL("duplicate-closed-handle", DuplicateHandle(GetCurrentProcess(), dup, GetCurrentProcess(), &other, 0, FALSE, DUPLICATE_SAME_ACCESS));

  /* DUPLICATE_CLOSE_SOURCE: the source goes, the object stays through the new handle. */
  /* (Whether the new value equals the closed source's is the implementation's choice, so the
   * source is observed through the object's handle count, not by closing its value again.) */
  STEP_HANDLE("create-named-event-2", ev, CreateEventW(NULL, TRUE, FALSE, NAME), NULL);
  step_handle_count("handle-count-before-move", ev);
  STEP_BOOL("duplicate-close-source",
            DuplicateHandle(GetCurrentProcess(), ev, GetCurrentProcess(), &moved, 0, FALSE, DUPLICATE_SAME_ACCESS | DUPLICATE_CLOSE_SOURCE));
  STEP_CLASS("moved-handle", moved, NULL);
  step_handle_count("handle-count-after-move", moved);
  STEP_HANDLE("open-after-move", opened, OpenEventW(EVENT_ALL_ACCESS, FALSE, NAME), NULL);
  STEP_BOOL("close-opened-after-move", CloseHandle(opened));
  STEP_BOOL("close-moved", CloseHandle(moved));
  STEP_HANDLE("open-after-moved-closed", opened, OpenEventW(EVENT_ALL_ACCESS, FALSE, NAME), NULL);
  done();
  return 0;
}

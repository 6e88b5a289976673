/* Closing a file-mapping handle succeeds while a view is mapped; the view stays readable and the
 * named mapping object lives until the view is unmapped. */
#include "step.h"

#define NAME L"Local\\winhandle-conformance-mapping"

int main(void) {
  HANDLE m, again;
  volatile unsigned char *view;
  STEP_HANDLE("create-mapping", m, CreateFileMappingW(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 4096, NAME), NULL);
  SetLastError(0);
  view = MapViewOfFile(m, FILE_MAP_ALL_ACCESS, 0, 0, 0);
  if (view == NULL) {
    printf("step map-view view=invalid lastError=%lu\n", GetLastError());
    return 1;
  }
  printf("step map-view view=valid\n");
  view[0] = 0x5a;
  STEP_BOOL("close-mapping-with-view", CloseHandle(m));
  STEP_VALUE("view-readable-after-close", view[0] == 0x5a);
  /* documents-win: create-same-name-while-view: handle=valid lastError=183 — CreateFileMappingW's document: "Mapped views of a file mapping object maintain internal references to the object, and a file mapping object does not close until all references to it are released", and "If the object exists before the function call, the function returns a handle to the existing object ... GetLastError returns ERROR_ALREADY_EXISTS". Wine 8 drops the name with the last handle (as the NT object manager does for temporary objects), so this reading of the documents is the project's choice */
  STEP_HANDLE("create-same-name-while-view", again, CreateFileMappingW(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 4096, NAME), NULL);
  STEP_BOOL("close-same-name-while-view", CloseHandle(again));
  STEP_BOOL("unmap-view", UnmapViewOfFile((LPCVOID)view));
  STEP_BOOL("unmap-view-again", UnmapViewOfFile((LPCVOID)view));
  STEP_HANDLE("create-same-name-after-unmap", again, CreateFileMappingW(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 4096, NAME), NULL);
  STEP_BOOL("close-same-name-after-unmap", CloseHandle(again));
  STEP_HANDLE("create-mapping-size-zero", m, CreateFileMappingW(INVALID_HANDLE_VALUE, NULL, PAGE_READWRITE, 0, 0, NULL), NULL);
  done();
  return 0;
}

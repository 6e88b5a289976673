/* A FindFirstFileW search handle is closed with FindClose, not CloseHandle. The directory and file
 * are set up first (not steps); the mock scenario seeds the same file. */
#include "step.h"

#define DIR L"C:\\winhandle-conformance"
#define FILE_A DIR L"\\a.txt"

int main(void) {
  WIN32_FIND_DATAW data;
  HANDLE f, setup;
  CreateDirectoryW(DIR, NULL);
  setup = CreateFileW(FILE_A, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, FILE_ATTRIBUTE_NORMAL, NULL);
  CloseHandle(setup);

  STEP_HANDLE("find-first", f, FindFirstFileW(DIR L"\\*.txt", &data), INVALID_HANDLE_VALUE);
  printf("step found-name name=%ls\n", data.cFileName);
  STEP_BOOL("find-next-none", FindNextFileW(f, &data));
  /* FindFirstFileW's document: close it "by using the FindClose function, not CloseHandle". */
  /* violation: closehandle-search-handle: closehandle-findfirstfile */
  STEP_BOOL("closehandle-search-handle", CloseHandle(f));
  STEP_BOOL("find-next-after-closehandle", FindNextFileW(f, &data));
  STEP_BOOL("findclose", FindClose(f));

  STEP_HANDLE("find-no-match", f, FindFirstFileW(DIR L"\\*.none", &data), INVALID_HANDLE_VALUE);
  STEP_HANDLE("find-missing-directory", f, FindFirstFileW(DIR L"\\missing\\*", &data), INVALID_HANDLE_VALUE);
  STEP_BOOL("findclose-invalid-value", FindClose(INVALID_HANDLE_VALUE));

  DeleteFileW(FILE_A);
  RemoveDirectoryW(DIR);
  done();
  return 0;
}

/* A registry key handle is closed with RegCloseKey; CloseHandle on it returns nonzero. */
#include "step.h"

int main(void) {
  HKEY key = NULL;
  LONG r;
  r = RegOpenKeyExW(HKEY_CURRENT_USER, L"Software", 0, KEY_READ, &key);
  STEP_VALUE("open-software", r);
  STEP_CLASS("software-key", key, NULL);
  /* violation: closehandle-key: closehandle-registry-key */
  STEP_BOOL("closehandle-key", CloseHandle((HANDLE)key));
  /* documents-win: regclosekey-after-closehandle: value=0 — CloseHandle's document: "CloseHandle does not close the handle to the registry key, but does not return an error"; the key is still open for RegCloseKey. Wine 8 closes it in CloseHandle */
  STEP_VALUE("regclosekey-after-closehandle", RegCloseKey(key));
  STEP_VALUE("regclosekey-again", RegCloseKey(key));

  r = RegOpenKeyExW(HKEY_CURRENT_USER, L"Software", 0, KEY_READ, &key);
  STEP_VALUE("open-software-2", r);
  STEP_VALUE("regclosekey", RegCloseKey(key));
  key = NULL;
  STEP_VALUE("open-missing", RegOpenKeyExW(HKEY_CURRENT_USER, L"Software\\winhandle-conformance-missing", 0, KEY_READ, &key));
  STEP_VALUE("regclosekey-predefined", RegCloseKey(HKEY_CURRENT_USER));
  done();
  return 0;
}

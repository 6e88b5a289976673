/* Printing of scenario steps, shared by every scenario program. One line per step:
 *   step <label> <field>=<value> ...
 * Handles are printed as valid/invalid/pseudo (their values differ between implementations).
 * The last error is reset to 0 before each step, so a step reports only what its call set; a
 * BOOL step prints it only on failure, where the documents give it a meaning.
 *
 * Annotations read by the recording script and the conformance test:
 *   documents-win: <label>: <fields> — <why>   the documents' result replaces Wine's
 *   violation: <label>: <rule id>               the mock records this documented misuse here */
#ifndef WINHANDLE_STEP_H
#define WINHANDLE_STEP_H
#include <winsock2.h>
#include <windows.h>
#include <stdio.h>

#ifndef OBJ_PROTECT_CLOSE
#define OBJ_PROTECT_CLOSE 0x00000001L
#endif

typedef LONG (NTAPI *nt_close_fn)(HANDLE);
typedef LONG (NTAPI *nt_duplicate_object_fn)(HANDLE, HANDLE, HANDLE, PHANDLE, ACCESS_MASK, ULONG, ULONG);
typedef BOOL (WINAPI *compare_object_handles_fn)(HANDLE, HANDLE);
typedef LONG (NTAPI *nt_query_object_fn)(HANDLE, ULONG, PVOID, ULONG, PULONG);

/* PUBLIC_OBJECT_BASIC_INFORMATION (winternl.h), spelled out to need no DDK header. */
typedef struct {
  ULONG Attributes;
  ACCESS_MASK GrantedAccess;
  ULONG HandleCount;
  ULONG PointerCount;
  ULONG Reserved[10];
} object_basic_information;

static __attribute__((unused)) FARPROC ntdll_export(const char *name) {
  return GetProcAddress(GetModuleHandleW(L"ntdll.dll"), name);
}

/* The handle count of the object `h` names (NtQueryObject, ObjectBasicInformation), or the
 * failing status. Pointer counts are left out: they differ between implementations. */
static __attribute__((unused)) void step_handle_count(const char *label, HANDLE h) {
  nt_query_object_fn query = (nt_query_object_fn)ntdll_export("NtQueryObject");
  object_basic_information info = {0};
  LONG st = query(h, 0, &info, sizeof info, NULL);
  if (st != 0) printf("step %s status=0x%08lx\n", label, (unsigned long)(ULONG)st);
  else printf("step %s handleCount=%lu\n", label, (unsigned long)info.HandleCount);
}

/* `failure` is what the API returns when it fails (NULL or INVALID_HANDLE_VALUE). */
static __attribute__((unused)) const char *handle_class(HANDLE h, HANDLE failure) {
  if (h == failure || h == NULL) return "invalid";
  if (h == (HANDLE)(LONG_PTR)-1 || h == (HANDLE)(LONG_PTR)-2) return "pseudo";
  return "valid";
}

static __attribute__((unused)) void done(void) { fflush(stdout); }

/* BOOL result (printed 1 for nonzero) and, on failure, the last error the call left. */
#define STEP_BOOL(label, call) do { \
    SetLastError(0); BOOL r_ = (call); DWORD e_ = GetLastError(); \
    if (r_) printf("step %s result=1\n", label); \
    else printf("step %s result=0 lastError=%lu\n", label, e_); } while (0)

/* A handle-returning call: assigns `var`, prints its class and the last error. */
#define STEP_HANDLE(label, var, call, failure) do { \
    SetLastError(0); var = (call); DWORD e_ = GetLastError(); \
    printf("step %s handle=%s lastError=%lu\n", label, handle_class((HANDLE)(var), (HANDLE)(failure)), e_); } while (0)

/* An NTSTATUS, as its unsigned 32-bit value in hex. */
#define STEP_STATUS(label, call) do { \
    LONG st_ = (call); printf("step %s status=0x%08lx\n", label, (unsigned long)(ULONG)st_); } while (0)

/* A plain number (flags, a value read back, an error code returned directly). */
#define STEP_VALUE(label, value) printf("step %s value=%lu\n", label, (unsigned long)(value))

/* A handle already obtained (an out parameter). */
#define STEP_CLASS(label, h, failure) printf("step %s handle=%s\n", label, handle_class((HANDLE)(h), (HANDLE)(failure)))

#endif

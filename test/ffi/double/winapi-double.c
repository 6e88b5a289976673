/*
 * A test double of the handle functions of Kernel32.dll and Ntdll.dll, for binding the generated
 * interfaces through koffi on Linux. It keeps a small handle table with the documented behaviour:
 * handle values are multiples of 4, the pseudo-handles -1 (current process) and -2 (current thread)
 * need no closing, NtClose of an invalid handle returns STATUS_INVALID_HANDLE, CloseHandle of one
 * returns FALSE with last error ERROR_INVALID_HANDLE. WCHAR is 16-bit, as on Windows (wchar_t is
 * 32-bit on Linux), so koffi's str16 matches.
 *
 * Functions named winhandle_double_* are not Windows functions: they let tests look inside.
 */
#include <stddef.h>
#include <stdint.h>

typedef intptr_t HANDLE;
typedef HANDLE *LPHANDLE;
typedef uint32_t DWORD;
typedef DWORD *LPDWORD;
typedef int32_t BOOL;
typedef uint32_t NTSTATUS;
typedef uint16_t WCHAR;
typedef const WCHAR *LPCWSTR;

typedef struct _SECURITY_ATTRIBUTES {
  DWORD nLength;
  void *lpSecurityDescriptor;
  BOOL bInheritHandle;
} SECURITY_ATTRIBUTES, *LPSECURITY_ATTRIBUTES;

#define FALSE 0
#define TRUE 1
#define STATUS_SUCCESS ((NTSTATUS)0x00000000u)
#define STATUS_INVALID_HANDLE ((NTSTATUS)0xC0000008u)
#define ERROR_SUCCESS 0u
#define ERROR_INVALID_HANDLE 6u
#define ERROR_NOT_ENOUGH_MEMORY 8u
#define ERROR_INVALID_PARAMETER 87u
#define ERROR_FILENAME_EXCED_RANGE 206u
#define ERROR_ALREADY_EXISTS 183u
#define HANDLE_FLAG_INHERIT 0x1u
#define DUPLICATE_CLOSE_SOURCE 0x1u
#define DUPLICATE_SAME_ACCESS 0x2u
#define EVENT_ALL_ACCESS 0x1F0003u
#define PROCESS_ALL_ACCESS 0x1FFFFFu
#define THREAD_ALL_ACCESS 0x1FFFFFu

#define CURRENT_PROCESS ((HANDLE)-1)
#define CURRENT_THREAD ((HANDLE)-2)
#define MAX_HANDLES 64
#define MAX_OBJECTS 64
#define MAX_NAME 128

enum kind { FREE, PROCESS, THREAD, EVENT };

struct object {
  enum kind kind;
  int handles;
  int named;
  WCHAR name[MAX_NAME];
};

struct slot {
  int used;
  int object;
  DWORD access;
  DWORD flags;
};

/* Objects 0 and 1 are the current process and thread; they live as long as the library. */
static struct object objects[MAX_OBJECTS] = {{PROCESS, 0, 0, {0}}, {THREAD, 0, 0, {0}}};
static struct slot slots[MAX_HANDLES];
static _Thread_local DWORD last_error;
static HANDLE last_handle;

static HANDLE seen(HANDLE h) {
  last_handle = h;
  return h;
}

static HANDLE value_of(int index) { return (HANDLE)(index + 1) * 4; }

static struct slot *lookup(HANDLE h) {
  if (h <= 0 || h % 4 != 0 || h / 4 > MAX_HANDLES) return NULL;
  struct slot *s = &slots[h / 4 - 1];
  return s->used ? s : NULL;
}

/* The object a handle or pseudo-handle names, or -1. */
static int object_of(HANDLE h) {
  if (h == CURRENT_PROCESS) return 0;
  if (h == CURRENT_THREAD) return 1;
  struct slot *s = lookup(h);
  return s ? s->object : -1;
}

static HANDLE insert(int object, DWORD access, DWORD flags) {
  for (int i = 0; i < MAX_HANDLES; i++) {
    if (slots[i].used) continue;
    slots[i] = (struct slot){1, object, access, flags};
    objects[object].handles++;
    return value_of(i);
  }
  return 0;
}

static void release(struct slot *s) {
  struct object *o = &objects[s->object];
  s->used = 0;
  /* The last handle to an event destroys it, and its name with it. */
  if (--o->handles == 0 && o->kind == EVENT) o->kind = FREE;
}

static BOOL fail(DWORD error) {
  last_error = error;
  return FALSE;
}

DWORD GetLastError(void) { return last_error; }

void SetLastError(DWORD dwErrCode) { last_error = dwErrCode; }

NTSTATUS NtClose(HANDLE Handle) {
  seen(Handle);
  if (Handle == CURRENT_PROCESS || Handle == CURRENT_THREAD) return STATUS_SUCCESS;
  struct slot *s = lookup(Handle);
  if (!s) return STATUS_INVALID_HANDLE;
  release(s);
  return STATUS_SUCCESS;
}

BOOL CloseHandle(HANDLE hObject) {
  seen(hObject);
  if (hObject == CURRENT_PROCESS || hObject == CURRENT_THREAD) return TRUE;
  struct slot *s = lookup(hObject);
  if (!s) return fail(ERROR_INVALID_HANDLE);
  release(s);
  return TRUE;
}

BOOL DuplicateHandle(HANDLE hSourceProcessHandle, HANDLE hSourceHandle, HANDLE hTargetProcessHandle, LPHANDLE lpTargetHandle,
                     DWORD dwDesiredAccess, BOOL bInheritHandle, DWORD dwOptions) {
  seen(hSourceHandle);
  /* Only the current process exists here: both process handles must name it. */
  if (object_of(hSourceProcessHandle) != 0 || object_of(hTargetProcessHandle) != 0) return fail(ERROR_INVALID_HANDLE);
  int object = object_of(hSourceHandle);
  if (object < 0) return fail(ERROR_INVALID_HANDLE);
  struct slot *source = lookup(hSourceHandle);
  DWORD access = dwDesiredAccess;
  if (dwOptions & DUPLICATE_SAME_ACCESS) {
    access = source ? source->access : (object == 0 ? PROCESS_ALL_ACCESS : THREAD_ALL_ACCESS);
  }
  HANDLE target = insert(object, access, bInheritHandle ? HANDLE_FLAG_INHERIT : 0);
  if (target == 0) return fail(ERROR_NOT_ENOUGH_MEMORY);
  if ((dwOptions & DUPLICATE_CLOSE_SOURCE) && source) release(source);
  if (lpTargetHandle) *lpTargetHandle = target;
  return TRUE;
}

BOOL GetHandleInformation(HANDLE hObject, LPDWORD lpdwFlags) {
  seen(hObject);
  if (hObject == CURRENT_PROCESS || hObject == CURRENT_THREAD) {
    if (lpdwFlags) *lpdwFlags = 0;
    return TRUE;
  }
  struct slot *s = lookup(hObject);
  if (!s) return fail(ERROR_INVALID_HANDLE);
  if (!lpdwFlags) return fail(ERROR_INVALID_PARAMETER);
  *lpdwFlags = s->flags;
  return TRUE;
}

static size_t name_length(LPCWSTR name) {
  size_t n = 0;
  while (name[n] != 0) n++;
  return n;
}

static int same_name(const WCHAR *a, LPCWSTR b) {
  size_t i = 0;
  for (; a[i] != 0 && b[i] != 0; i++)
    if (a[i] != b[i]) return 0;
  return a[i] == b[i];
}

HANDLE CreateEventW(LPSECURITY_ATTRIBUTES lpEventAttributes, BOOL bManualReset, BOOL bInitialState, LPCWSTR lpName) {
  (void)bManualReset;
  (void)bInitialState;
  DWORD flags = lpEventAttributes && lpEventAttributes->bInheritHandle ? HANDLE_FLAG_INHERIT : 0;
  int named = lpName != NULL && lpName[0] != 0;
  if (named && name_length(lpName) >= MAX_NAME) return fail(ERROR_FILENAME_EXCED_RANGE);
  if (named) {
    for (int i = 0; i < MAX_OBJECTS; i++) {
      if (objects[i].kind != EVENT || !objects[i].named || !same_name(objects[i].name, lpName)) continue;
      HANDLE h = insert(i, EVENT_ALL_ACCESS, flags);
      if (h == 0) return fail(ERROR_NOT_ENOUGH_MEMORY);
      last_error = ERROR_ALREADY_EXISTS;
      return h;
    }
  }
  for (int i = 2; i < MAX_OBJECTS; i++) {
    if (objects[i].kind != FREE) continue;
    objects[i] = (struct object){EVENT, 0, named, {0}};
    if (named)
      for (size_t n = 0; lpName[n] != 0; n++) objects[i].name[n] = lpName[n];
    HANDLE h = insert(i, EVENT_ALL_ACCESS, flags);
    if (h == 0) {
      objects[i].kind = FREE;
      return fail(ERROR_NOT_ENOUGH_MEMORY);
    }
    last_error = ERROR_SUCCESS;
    return h;
  }
  return fail(ERROR_NOT_ENOUGH_MEMORY);
}

/* ---------------------------------------------------------------- for tests only */

/** Closes every handle and forgets every event. */
void winhandle_double_reset(void) {
  for (int i = 0; i < MAX_HANDLES; i++) slots[i].used = 0;
  for (int i = 2; i < MAX_OBJECTS; i++) objects[i].kind = FREE;
  objects[0].handles = objects[1].handles = 0;
  last_error = 0;
  last_handle = 0;
}

HANDLE winhandle_double_echo_handle(HANDLE h) { return h; }

/** The handle the last documented function received, as C saw it. */
HANDLE winhandle_double_last_handle(void) { return last_handle; }

/** The name of the event a handle refers to, as stored (UTF-16 code units), or NULL. */
LPCWSTR winhandle_double_event_name(HANDLE h) {
  int object = object_of(h);
  if (object < 0 || objects[object].kind != EVENT || !objects[object].named) return NULL;
  return objects[object].name;
}

/** How many handles are open. */
int winhandle_double_open_handles(void) {
  int n = 0;
  for (int i = 0; i < MAX_HANDLES; i++) n += slots[i].used;
  return n;
}

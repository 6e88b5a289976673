NTSTATUS NTAPI First(HANDLE h);
}
typedef struct _OPEN {
  ULONG a;

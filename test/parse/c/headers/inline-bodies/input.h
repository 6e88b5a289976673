FORCEINLINE
KIRQL
KeGetCurrentIrql(VOID)
{
  return (KIRQL)__readcr8();
}

static __inline ULONG Helper(ULONG x) { if (x) { return x; } return 0; }

struct _S *MakeS(void) { return 0; }

NTSYSAPI
NTSTATUS
NTAPI
ZwClose(
  IN HANDLE Handle);

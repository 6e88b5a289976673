#define FCB_LAYOUT \
  CSHORT NodeTypeCode; \
  CSHORT NodeByteSize;

typedef struct _IO_STATUS_BLOCK {
  _ANONYMOUS_UNION union {
    NTSTATUS Status;
    PVOID Pointer;
  } DUMMYUNIONNAME;
  ULONG_PTR Information;
} IO_STATUS_BLOCK, *PIO_STATUS_BLOCK;

typedef struct DECLSPEC_ALIGN(16) _MIXED {
  FCB_LAYOUT
  USHORT Length, MaximumLength, *Lengths;
  ULONG Flag : 1;
  ULONG : 7;
  WCHAR Name[MAX_PATH + 1];
  VOID (NTAPI *Routine)(PVOID Context);
  union { ULONG a; struct { USHORT lo; USHORT hi; }; } u;
  struct _MIXED *Next;
} MIXED, *PMIXED;

typedef union _LARGE { struct { ULONG LowPart; LONG HighPart; } DUMMYSTRUCTNAME; LONGLONG QuadPart; } LARGE;

struct _TAG_ONLY { int x; };

typedef struct _FORWARD FORWARD, *PFORWARD;

typedef enum _KIND {
  KindNone,
  KindFirst = 4,
  KindSecond,
  KindAlias = KindFirst,
  KindMask = (1 << 3) | KindSecond,
  KindUnknown = SOMETHING_ELSE,
  KindAfterUnknown
} KIND, *PKIND;

typedef VOID
(NTAPI DRIVER_UNLOAD)(
  IN struct _DRIVER_OBJECT *DriverObject);
typedef DRIVER_UNLOAD *PDRIVER_UNLOAD;

typedef NTSTATUS (NTAPI *PFN_CALLBACK)(PVOID Context);

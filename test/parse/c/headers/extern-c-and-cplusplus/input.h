#ifdef __cplusplus
extern "C" {
#endif

  WINBASEAPI WINBOOL WINAPI CloseHandle (HANDLE hObject);

#ifdef __cplusplus
typedef struct _DERIVED : BASE {
#else
typedef struct _DERIVED {
  ULONG BaseField;
#endif
  ULONG Extra;
} DERIVED, *PDERIVED;

#ifndef __cplusplus
NTSTATUS NTAPI OnlyInC(HANDLE h);
#else
NTSTATUS NTAPI OnlyInCpp(HANDLE h);
#endif

#if 0
VOID Dead(VOID);
#endif

#ifdef __cplusplus
}
#endif

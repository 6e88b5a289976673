NTSTATUS NTAPI Good(HANDLE h);
/* a comment that never ends
NTSTATUS NTAPI Lost(HANDLE h);

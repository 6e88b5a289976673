/* A socket is closed with closesocket; CloseHandle on it is a documented misuse. */
#include "step.h"

/* An int result; on SOCKET_ERROR, the WSAGetLastError code. */
#define STEP_WSA(label, call) do { \
    WSASetLastError(0); int r_ = (int)(call); int e_ = WSAGetLastError(); \
    if (r_ == SOCKET_ERROR) printf("step %s result=%d wsaError=%d\n", label, r_, e_); \
    else printf("step %s result=%d\n", label, r_); } while (0)
#define STEP_SOCKET(label, var, call) do { \
    WSASetLastError(0); var = (call); int e_ = WSAGetLastError(); \
    printf("step %s socket=%s wsaError=%d\n", label, var == INVALID_SOCKET ? "invalid" : "valid", e_); } while (0)

int main(void) {
  WSADATA data;
  SOCKET s;
  STEP_SOCKET("socket-before-startup", s, socket(AF_INET, SOCK_STREAM, IPPROTO_TCP));
  STEP_VALUE("wsastartup", WSAStartup(MAKEWORD(2, 2), &data));
  STEP_SOCKET("socket", s, socket(AF_INET, SOCK_STREAM, IPPROTO_TCP));
  STEP_WSA("closesocket", closesocket(s));
  STEP_WSA("closesocket-again", closesocket(s));

  STEP_SOCKET("socket-2", s, socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP));
  /* CloseHandle's document: "Do not use the CloseHandle function to close a socket." What
   * closesocket answers afterwards is left undefined, so no step asks. */
  /* violation: closehandle-socket: closehandle-socket */
  STEP_BOOL("closehandle-socket", CloseHandle((HANDLE)s));
  STEP_SOCKET("socket-bad-family", s, socket(12345, SOCK_STREAM, 0));
  STEP_WSA("wsacleanup", WSACleanup());
  done();
  return 0;
}

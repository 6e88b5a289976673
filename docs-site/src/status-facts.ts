// What a status value says about itself: NTSTATUS severity, customer bit, facility and code
// (ntstatus.h layout: Sev:2 C:1 N:1 Facility:12 Code:16), hex spelling, and value search keys.

export const SEVERITIES = ['Success', 'Informational', 'Warning', 'Error'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface NtStatusParts {
  severity: Severity;
  customer: boolean;
  facility: number;
  code: number;
}

export function ntStatusParts(value: number): NtStatusParts {
  const v = value >>> 0;
  return { severity: SEVERITIES[v >>> 30]!, customer: ((v >>> 29) & 1) === 1, facility: (v >>> 16) & 0xfff, code: v & 0xffff };
}

/** `0xC0000008`: eight upper-case hex digits. */
export const hex32 = (value: number): string => `0x${(value >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;
export const hexFacility = (facility: number): string => `0x${facility.toString(16).toUpperCase().padStart(3, '0')}`;

/** The HRESULT a Win32 error becomes (HRESULT_FROM_WIN32): facility 7, severity error. */
export const hresultFromWin32 = (code: number): number => (code <= 0 ? code >>> 0 : ((code & 0xffff) | 0x80070000) >>> 0);

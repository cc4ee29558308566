// Types for fake-values.js (plain Node ESM, used by the tests).

export interface ValueKind {
  category: string;
  weight: number;
  kinds?: string[];
  named?: boolean;
  token?: boolean;
}

export const SECRET_KINDS: readonly ValueKind[];
export const DECOY_KINDS: readonly ValueKind[];

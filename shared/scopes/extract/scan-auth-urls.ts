import type { ScopeProvider } from '../scope-model.js';
import { providerOfHost } from './provider-hints.js';
import type { ScopePiece } from './split-scope-string.js';

/** The scopes of one authorization URL's `scope=` parameter. */
export interface AuthUrlScopes {
  readonly provider: ScopeProvider | undefined;
  readonly pieces: ScopePiece[];
  /** Pieces that run into a placeholder (a template's `${...}`, marked by U+0000 in the text): not readable. */
  readonly dynamicPieces: ScopePiece[];
  /** Offsets of the `scope=` value, for a dynamic-scope finding when it is not literal. */
  readonly valueStart: number;
  readonly valueEnd: number;
}

/**
 * Finds OAuth authorization URLs with a `scope` (or `scopes`) query parameter in
 * a string's source text and splits the parameter into scopes (separated by
 * `%20`, `+`, `,`, `%2C` or spaces), decoding each. Linear in the text's length.
 *
 * @param raw      source text of a string (or template) literal, between its quotes;
 *                 a template's substitutions replaced by U+0000
 * @param toOffset maps an index of `raw` to a file offset (a number: `raw[0]`'s offset)
 */
export function scanAuthUrls(raw: string, toOffset: number | ((index: number) => number)): AuthUrlScopes[] {
  const at = typeof toOffset === 'number' ? (i: number): number => toOffset + i : toOffset;
  const out: AuthUrlScopes[] = [];
  const urlRe = /https?:\/\/([A-Za-z0-9.-]+)[^\s'"`<>]*/g;
  for (let m = urlRe.exec(raw); m; m = urlRe.exec(raw)) {
    const url = m[0];
    const paramRe = /[?&](scopes?|user_scope)=([^&#]*)/g;
    for (let p = paramRe.exec(url); p; p = paramRe.exec(url)) {
      const valueStart = m.index + p.index + p[0].length - (p[2] as string).length;
      const value = p[2] as string;
      const pieces: ScopePiece[] = [];
      const dynamicPieces: ScopePiece[] = [];
      const pieceRe = /(?:%20|%2C|%2c|\+|,|\s)+/g;
      let last = 0;
      const push = (from: number, to: number): void => {
        if (to <= from) return;
        let decoded = value.slice(from, to);
        try {
          decoded = decodeURIComponent(decoded);
        } catch {
          // keep as written
        }
        const piece = { value: decoded, start: at(valueStart + from), end: at(valueStart + to - 1) + 1 };
        if (decoded.includes('\u0000')) dynamicPieces.push(piece);
        else pieces.push(piece);
      };
      for (let s = pieceRe.exec(value); s; s = pieceRe.exec(value)) {
        push(last, s.index);
        last = s.index + s[0].length;
      }
      push(last, value.length);
      out.push({
        provider: providerOfHost(m[1] as string),
        pieces,
        dynamicPieces,
        valueStart: at(valueStart),
        valueEnd: at(valueStart + Math.max(0, value.length - 1)) + 1,
      });
    }
  }
  return out;
}

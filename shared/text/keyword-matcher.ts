/** Which of a fixed list of keywords occur in a text, found in one pass. */
export interface KeywordMatcher {
  /** The keywords, in the order given (duplicates kept once). */
  readonly keywords: readonly string[];
  /**
   * Flags by keyword index: 1 where `text.includes(keywords[i])`, else 0. One pass
   * over the text whatever the number of keywords (overlapping and nested keywords
   * are all found), stopping early once every keyword has been seen.
   */
  find(text: string): Uint8Array;
  /** Whether `text` includes any of the keywords; stops at the first one found. */
  any(text: string): boolean;
}

/** Transitions are kept for these character codes; any other character matches no keyword character. (A row is `state << 7`.) */
const ALPHABET = 128;

/**
 * An Aho–Corasick automaton over ASCII keywords (as gitleaks and TruffleHog use to
 * pick the rules worth running on a file), compiled to a full transition table: a
 * text is read one UTF-16 code unit at a time with one table look-up each. A code
 * unit of 128 or more appears in no keyword, so it sends the automaton back to its
 * start, which is where the longest keyword prefix ending there (none) leaves it.
 *
 * @param keywords case-sensitive ASCII strings, none empty
 * @throws Error for an empty or non-ASCII keyword (callers keep those out)
 */
export function createKeywordMatcher(keywords: readonly string[]): KeywordMatcher {
  const unique = [...new Set(keywords)];
  for (const k of unique) {
    if (k.length === 0 || /[^\x00-\x7f]/.test(k)) throw new Error('keywords must be non-empty ASCII strings');
  }
  // The trie in typed arrays sized for its largest possible number of states (one per
  // keyword character, plus the root, state 0): `next` maps state * ALPHABET +
  // character to the child state; each state's children are a list (`firstChild`,
  // `sibling`, `charOf`), so no step below scans all 128 characters; `own` is the
  // keyword a state ends (keywords are unique: at most one), else -1.
  const most = 1 + unique.reduce((sum, k) => sum + k.length, 0);
  const next = new Map<number, number>();
  const firstChild = new Int32Array(most).fill(-1);
  const sibling = new Int32Array(most).fill(-1);
  const charOf = new Int32Array(most);
  const own = new Int32Array(most).fill(-1);
  let states = 1;
  unique.forEach((keyword, id) => {
    let state = 0;
    for (let i = 0; i < keyword.length; i++) {
      const code = keyword.charCodeAt(i);
      const slot = state * ALPHABET + code;
      let child = next.get(slot);
      if (child === undefined) {
        child = states++;
        next.set(slot, child);
        charOf[child] = code;
        sibling[child] = firstChild[state] as number;
        firstChild[state] = child;
      }
      state = child;
    }
    own[state] = id;
  });
  // Failure links, breadth first. A state's row starts as a copy of its failure
  // state's (complete already: it is shallower), then its own children replace their
  // characters' entries. The root's missing transitions stay at the root (0), and
  // the root's children fail to the root. A state's outputs are its own keyword and
  // its failure state's outputs.
  const table = new Int32Array(states * ALPHABET);
  const fail = new Int32Array(states);
  const outputs: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(states).fill(undefined);
  const queue = new Int32Array(states);
  let tail = 0;
  for (let child = firstChild[0] as number; child !== -1; child = sibling[child] as number) {
    table[charOf[child] as number] = child;
    queue[tail++] = child;
  }
  for (let head = 0; head < tail; head++) {
    const state = queue[head] as number;
    const failed = fail[state] as number;
    const inherited = outputs[failed];
    const mine = own[state] as number;
    if (mine !== -1) outputs[state] = inherited ? [mine, ...inherited] : [mine];
    else if (inherited) outputs[state] = inherited;
    const row = state * ALPHABET;
    table.copyWithin(row, failed * ALPHABET, failed * ALPHABET + ALPHABET);
    for (let child = firstChild[state] as number; child !== -1; child = sibling[child] as number) {
      const c = charOf[child] as number;
      fail[child] = table[failed * ALPHABET + c] as number;
      table[row + c] = child;
      queue[tail++] = child;
    }
  }
  // 1 where a state ends a keyword: the scan loops test this typed array, not `outputs`.
  const ending = new Uint8Array(states);
  outputs.forEach((out, state) => {
    if (out !== undefined) ending[state] = 1;
  });
  return {
    keywords: unique,
    find(text: string): Uint8Array {
      const found = new Uint8Array(unique.length);
      let missing = unique.length;
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        state = code < ALPHABET ? (table[(state << 7) | code] as number) : 0;
        if (ending[state] === 0) continue;
        for (const id of outputs[state] as readonly number[]) {
          if (found[id] === 0) {
            found[id] = 1;
            missing--;
          }
        }
        if (missing === 0) break;
      }
      return found;
    },
    any(text: string): boolean {
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        state = code < ALPHABET ? (table[(state << 7) | code] as number) : 0;
        if (ending[state] === 1) return true;
      }
      return false;
    },
  };
}

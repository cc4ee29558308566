import type { ErrorCode } from 'yaml';

/** Our wording for one YAML syntax problem: what is wrong and what to do. */
export interface YamlErrorText {
  readonly message: string;
  readonly hint: string;
}

const FIX_SYNTAX = 'Fix the YAML syntax at this line (check indentation and quoting).';

/**
 * Our own wording for each error code of the `yaml` library. The library's
 * messages quote the source (`Block scalar header includes extra characters: |Tk5…`,
 * `Unresolved alias …: Xk9v…`), so they are never passed on: callers report this
 * text plus the line and column, never file content.
 */
const TEXT: Readonly<Record<ErrorCode, YamlErrorText>> = {
  ALIAS_PROPS: { message: 'an alias cannot carry an anchor or a tag', hint: 'Remove the anchor or tag from the alias.' },
  BAD_ALIAS: {
    message: 'an alias refers to an anchor that is not defined before it',
    hint: 'Define the anchor (`&name`) before the alias (`*name`), or write the value out.',
  },
  BAD_DIRECTIVE: { message: 'a `%` directive is not valid', hint: 'Remove the directive; configuration files need none.' },
  BAD_DQ_ESCAPE: { message: 'a double-quoted string has an invalid escape sequence', hint: 'Escape the backslash (`\\\\`) or use single quotes.' },
  BAD_INDENT: { message: 'the indentation is wrong', hint: FIX_SYNTAX },
  BAD_PROP_ORDER: { message: 'an anchor or tag is in the wrong place', hint: 'Write the anchor or tag before the value it belongs to.' },
  BAD_SCALAR_START: { message: 'a plain value starts with a character that is reserved', hint: 'Quote the value.' },
  BLOCK_AS_IMPLICIT_KEY: { message: 'a block value is used as a key', hint: FIX_SYNTAX },
  BLOCK_IN_FLOW: { message: 'a block value is inside a `[ ]` or `{ }` collection', hint: FIX_SYNTAX },
  DUPLICATE_KEY: { message: 'a key is repeated in the same map', hint: 'Remove the duplicate key.' },
  IMPOSSIBLE: { message: 'the YAML cannot be read', hint: FIX_SYNTAX },
  KEY_OVER_1024_CHARS: { message: 'a key is longer than 1024 characters', hint: 'Shorten the key.' },
  MISSING_CHAR: { message: 'a character is missing (a closing quote or bracket, or a block scalar indentation indicator)', hint: FIX_SYNTAX },
  MULTILINE_IMPLICIT_KEY: { message: 'a key spans several lines', hint: 'Write the key on one line, or check for a missing `:`.' },
  MULTIPLE_ANCHORS: { message: 'a value has more than one anchor', hint: 'Keep one anchor.' },
  MULTIPLE_DOCS: { message: 'the file holds more than one YAML document', hint: 'Remove the extra `---` document.' },
  MULTIPLE_TAGS: { message: 'a value has more than one tag', hint: 'Keep one tag.' },
  NON_STRING_KEY: { message: 'a key is not a plain string', hint: 'Use a plain string as the key.' },
  RESOURCE_EXHAUSTION: { message: 'aliases expand to too much data', hint: 'Remove YAML aliases or reduce their use.' },
  TAB_AS_INDENT: { message: 'a tab is used for indentation', hint: 'Indent with spaces.' },
  TAG_RESOLVE_FAILED: { message: 'a tag is not known', hint: 'Remove the `!tag`.' },
  UNEXPECTED_TOKEN: { message: 'there is unexpected text (or a block scalar header with extra characters)', hint: FIX_SYNTAX },
  BAD_COLLECTION_TYPE: { message: 'a collection has the wrong type for its tag', hint: 'Remove the tag or fix the collection.' },
};

/** Describes a `yaml` library error by its code alone; unknown codes get a generic text. */
export function describeYamlError(code: string): YamlErrorText {
  return (TEXT as Readonly<Record<string, YamlErrorText>>)[code] ?? { message: 'the YAML cannot be read', hint: FIX_SYNTAX };
}

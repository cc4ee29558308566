// Builds one corpus file line by line and records where the planted values sit.

/**
 * Lines of one file plus its labels. `add` appends plain lines; `slot` appends the
 * lines that hold a planted value and labels them (1-based `line`; `endLine` when the
 * value spans several lines, e.g. a PEM block).
 */
export class FileBuilder {
  constructor() {
    /** @type {string[]} */
    this.lines = [];
    /** @type {{ line: number, endLine?: number, secret: boolean, category: string, probe: string }[]} */
    this.labels = [];
  }

  /** Appends lines; a string with newlines is split. */
  add(...chunks) {
    for (const chunk of chunks) for (const line of String(chunk).split('\n')) this.lines.push(line);
    return this;
  }

  /**
   * Appends `lines` and labels them. `at` is the index (in `lines`) of the line the value
   * starts on; the label spans from there to `endAt` (default: the same line).
   */
  slot(lines, slot, at = 0, endAt = at) {
    const first = this.lines.length + 1;
    this.add(...lines);
    const label = { line: first + at, secret: slot.secret, category: slot.category, probe: slot.probe };
    if (endAt !== at) label.endLine = first + endAt;
    this.labels.push(label);
    return this;
  }

  text() {
    return `${this.lines.join('\n')}\n`;
  }
}

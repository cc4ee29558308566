// Generates the benchmark corpus: a seeded, deterministic set of realistic files from
// the code and configuration of AI connectors, with FAKE secrets and look-alike
// non-secrets planted in them, and a label for every planted value.
//
// Labels: { path, line, endLine?, secret, category, probe }. `line` is 1-based; `endLine`
// is set when the value spans several lines (a PEM block). `probe` is a string the
// labelled line contains (used by tests to check that labels point at real lines).
// Lines without a label hold neither a secret nor a planted look-alike.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRandom } from './create-random.js';
import { DECOY_KINDS, SECRET_KINDS } from './fake-values.js';
import { FileBuilder } from './file-builder.js';
import { ENTITIES, ENVS, FILE_KINDS, PROJECTS, SERVICES, TASKS, fill } from './file-templates.js';

export const DEFAULT_SEED = 20_250_611;
export const DEFAULT_FILES = 400;

/** Default weights of 0, 1, 2, 3 planted secrets per file. */
const SECRETS_PER_FILE = [10, 6, 3, 1];

/** Splits `total` over the kinds in proportion to their share (largest remainder). */
function countsByKind(total) {
  const sum = FILE_KINDS.reduce((s, k) => s + k.share, 0);
  const exact = FILE_KINDS.map((k) => (k.share * total) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((s, c) => s + c, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    counts[i] += 1;
  }
  return counts;
}

const K8S_DATA = SECRET_KINDS.find((s) => s.category === 'k8s-secret-data');

/**
 * Draws kinds in proportion to their weights but evenly spread: a shuffled deck holding
 * each kind `weight` times; `draw(fits)` takes the first card that fits, adding a fresh
 * deck when none does. Every category thus shows up about as often as its weight says.
 */
function createDeck(r, kinds) {
  const cards = [];
  const refill = () => {
    const fresh = [];
    for (const k of kinds) for (let i = 0; i < k.weight; i++) fresh.push(k);
    cards.push(...r.shuffle(fresh));
  };
  return {
    draw(fits) {
      for (let round = 0; round < 2; round++) {
        const i = cards.findIndex(fits);
        if (i >= 0) return cards.splice(i, 1)[0];
        refill();
      }
      throw new Error('no value kind fits this file kind');
    },
  };
}

const compatible = (kindDef, value) =>
  (!value.kinds || value.kinds.includes(kindDef.kind)) && (!kindDef.accepts || kindDef.accepts.includes(value.category));

/** Makes one slot (the value to plant and how to describe it) of a secret or decoy kind. */
function makeSlot(r, valueKind, secret) {
  const made = valueKind.make(r);
  const name = r.pick(made.names);
  const slot = { secret, category: valueKind.category, name, named: valueKind.named === true };
  // May it appear as a bearer token or a client's api_key argument, without a telling name?
  const tokenLike = typeof made.value === 'string' && /^[A-Za-z0-9._~*\u2026-]+$/.test(made.value);
  slot.token = tokenLike && (secret ? valueKind.token === true : ['placeholder', 'redacted', 'example-key'].includes(valueKind.category));
  if (made.ref) return { ...slot, ref: true, probe: name };
  if (Array.isArray(made.value)) return { ...slot, lines: made.value, value: made.value.join('\\n'), probe: made.value[0] };
  return { ...slot, value: made.value, probe: made.value };
}

/**
 * Generates the corpus in memory.
 * @param {{ seed?: number, files?: number }} [options] seed (default {@link DEFAULT_SEED}) and number of files (default 400)
 * @returns {{ seed: number, files: { path: string, text: string }[], labels: { path: string, line: number, endLine?: number, secret: boolean, category: string, probe: string }[] }}
 */
export function generateCorpus({ seed = DEFAULT_SEED, files = DEFAULT_FILES } = {}) {
  const r = createRandom(seed);
  const counts = countsByKind(files);
  const out = [];
  const labels = [];
  const taken = new Set();
  let n = 0;
  const secretDeck = createDeck(
    r,
    SECRET_KINDS.filter((s) => s !== K8S_DATA),
  );
  const decoyDeck = createDeck(r, DECOY_KINDS);
  FILE_KINDS.forEach((kindDef, k) => {
    for (let i = 0; i < counts[k]; i++) {
      n += 1;
      const ctx = {
        project: r.pick(PROJECTS),
        svc: r.pick(SERVICES),
        entity: r.pick(ENTITIES),
        env: r.pick(ENVS),
        task: r.pick(TASKS),
        n: String(n).padStart(4, '0'),
      };
      let path = fill(r.pick(kindDef.paths), ctx).replace('{{Env}}', ctx.env.charAt(0).toUpperCase() + ctx.env.slice(1));
      for (let attempt = 2; taken.has(path); attempt++) {
        const dot = path.lastIndexOf('.');
        const slash = path.lastIndexOf('/');
        // Files named only by an extension-like name (.env, Dockerfile) move to a sub-folder.
        path = dot > slash + 1 ? `${path.slice(0, dot)}-${attempt}${path.slice(dot)}` : `${path.slice(0, slash)}/svc-${attempt}${path.slice(slash)}`;
      }
      taken.add(path);
      const variant = kindDef.variantOf?.(path);
      const example = path.endsWith('.example');
      const noSlots = variant === 'lock';

      const decoyKinds = DECOY_KINDS.filter(
        (d) => compatible(kindDef, d) && (!example || ['placeholder', 'reference', 'local-dev'].includes(d.category)),
      );
      const weights = kindDef.secrets ?? SECRETS_PER_FILE;
      const secretCount = noSlots || example ? 0 : r.weighted(weights.map((weight, count) => ({ weight, count }))).count;
      const decoyCount = noSlots ? 0 : example ? r.int(2, 5) : r.int(kindDef.kind === 'markdown' || kindDef.kind === 'prompt' ? 1 : 0, 3);
      const slots = [];
      for (let j = 0; j < secretCount; j++) {
        // Kubernetes Secrets hold most of their values base64-encoded under `data:`.
        const valueKind = kindDef.kind === 'k8s' && r.chance(0.6) ? K8S_DATA : secretDeck.draw((s) => compatible(kindDef, s));
        slots.push(makeSlot(r, valueKind, true));
      }
      for (let j = 0; j < decoyCount; j++)
        slots.push(
          makeSlot(
            r,
            decoyDeck.draw((d) => decoyKinds.includes(d)),
            false,
          ),
        );

      const b = new FileBuilder();
      kindDef.render(r, b, r.shuffle(slots), { ...ctx, path, variant });
      out.push({ path, text: b.text() });
      for (const label of b.labels) labels.push({ path, ...label });
    }
  });
  return { seed, files: out, labels };
}

/**
 * The corpus `times` over: copy i (1-based) of every file under `x<ii>/`, labels moved
 * with it. The 10x benchmark corpus is `replicateCorpus(corpus, 10)`.
 */
export function replicateCorpus(corpus, times) {
  const prefix = (i) => `x${String(i).padStart(2, '0')}/`;
  const files = [];
  const labels = [];
  for (let i = 1; i <= times; i++) {
    for (const f of corpus.files) files.push({ path: prefix(i) + f.path, text: f.text });
    for (const l of corpus.labels) labels.push({ ...l, path: prefix(i) + l.path });
  }
  return { seed: corpus.seed, files, labels };
}

/** Writes the corpus's files below `dir` (created if needed). Labels are not written there. */
export function writeCorpus(dir, corpus) {
  for (const f of corpus.files) {
    const full = join(dir, f.path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, f.text);
  }
}

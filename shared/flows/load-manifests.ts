import type { FileSet } from '../files/file-set.js';
import type { RawFinding } from '../model/finding.js';
import { flowsRules } from './flows-rules.js';
import type { ConnectorManifest } from './manifest-schema.js';
import { parseConnectorManifest, type ManifestPath } from './parse-connector-manifest.js';
import type { OffsetRange } from '../model/finding.js';

/** A manifest that parsed, with where it came from and how to locate its keys. */
export interface LoadedManifest {
  readonly path: string;
  readonly manifest: ConnectorManifest;
  readonly rangeOf: (path: ManifestPath, wantKey?: boolean) => OffsetRange;
}

/**
 * Parses every manifest among `paths`; an invalid one becomes
 * `flows/manifest-invalid` findings (one per problem, on its line) and is left out.
 */
export function loadManifests(files: FileSet, paths: readonly string[]): { manifests: LoadedManifest[]; findings: RawFinding[] } {
  const manifests: LoadedManifest[] = [];
  const findings: RawFinding[] = [];
  for (const path of paths) {
    const text = files.get(path);
    if (text === undefined) continue;
    const parsed = parseConnectorManifest(text, path);
    if (parsed.ok) {
      manifests.push({ path, manifest: parsed.manifest, rangeOf: parsed.rangeOf });
      continue;
    }
    for (const error of parsed.errors.slice(0, 20)) {
      findings.push({
        ruleId: flowsRules.manifestInvalid.id,
        messageId: 'invalid',
        path,
        range: error.range,
        data: { key: error.key === '' ? 'The manifest' : `\`${error.key}\``, problem: error.message, hint: error.hint, file: path, line: error.line },
        fingerprintHint: error.key,
      });
    }
  }
  return { manifests, findings };
}

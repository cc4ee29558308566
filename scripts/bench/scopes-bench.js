#!/usr/bin/env node
// Scope-extraction benchmark: a generated repository of 2,000 TypeScript files
// (SDK calls with scopes, constants, templates, plain code), extracted twice with
// the built analyzer. Reports total and per-file time and how many ts-morph
// Projects were created (1: the compiler is loaded once and reused across files
// and runs). Run alone after `npx tsc -b`: `node scripts/bench/scopes-bench.js`;
// `scripts/bench.js` can call `runScopesBench()`.

import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const FILES = Number(process.env.SCOPES_BENCH_FILES ?? 2000);

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GOOGLE = ['drive.file', 'drive.readonly', 'gmail.send', 'calendar.events', 'spreadsheets.readonly', 'userinfo.email'];
const GRAPH = ['User.Read', 'Mail.Send', 'Files.ReadWrite', 'Calendars.Read', 'Sites.Selected'];
const SLACK = ['chat:write', 'users:read', 'channels:history', 'reactions:write', 'commands'];

/** One generated file: a connector module (3 in 4) or plain service code (1 in 4). */
function generateFile(i, rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const filler = Array.from(
    { length: 20 + Math.floor(rnd() * 40) },
    (_, k) =>
      `export function helper${i}_${k}(input: { id: string; n: number }): number {\n  const total = input.n * ${k + 1} + input.id.length;\n  return total > ${k * 7} ? total : -total;\n}\n`,
  ).join('\n');
  switch (i % 4) {
    case 0:
      return `import { google } from 'googleapis';\n\nconst SCOPES = ['https://www.googleapis.com/auth/${pick(GOOGLE)}', 'https://www.googleapis.com/auth/${pick(GOOGLE)}'] as const;\n\nexport function consent${i}(client: any, extra: string) {\n  return client.generateAuthUrl({ access_type: 'offline', scope: [...SCOPES, \`https://www.googleapis.com/auth/\${extra}\`] });\n}\n\n${filler}`;
    case 1:
      return `import { ConfidentialClientApplication } from '@azure/msal-node';\n\nexport async function token${i}(cca: ConfidentialClientApplication, account: any) {\n  return cca.acquireTokenSilent({ account, scopes: ['${pick(GRAPH)}', '${pick(GRAPH)}'] });\n}\n\n${filler}`;
    case 2:
      return `import { InstallProvider } from '@slack/oauth';\n\nconst installer = new InstallProvider({ clientId: 'x', clientSecret: 'y', stateSecret: 'z' });\nexport const url${i} = () => installer.generateInstallUrl({ scopes: ['${pick(SLACK)}', '${pick(SLACK)}'], userScopes: ['search:read'] });\n\n${filler}`;
    default:
      return `// Service code with no OAuth scopes.\nexport const config${i} = { retries: ${i % 5}, timeoutMs: ${1000 + i} };\n\n${filler}`;
  }
}

/**
 * Runs the benchmark and returns its figures (milliseconds).
 * @param {{ files?: number, log?: (line: string) => void }} options
 */
export async function runScopesBench(options = {}) {
  const files = options.files ?? FILES;
  const log = options.log ?? ((line) => console.log(line));
  const root = new URL('../../', import.meta.url);
  const { collectInventory } = await import(new URL('dist/shared/scopes/collect-inventory.js', root).href);
  const { typeScriptCompilerLoads } = await import(new URL('dist/shared/scopes/extract/typescript-project.js', root).href);

  const rnd = random(42);
  const set = new Map();
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const text = generateFile(i, rnd);
    bytes += text.length;
    set.set(`src/generated/module-${String(i).padStart(4, '0')}.ts`, text);
  }
  const paths = [...set.keys()];
  const before = typeScriptCompilerLoads();

  const runs = [];
  let scopes = 0;
  for (let run = 0; run < 2; run++) {
    const t0 = performance.now();
    const inventory = await collectInventory(set, paths);
    runs.push(performance.now() - t0);
    scopes = inventory.entries.length;
  }
  const creations = typeScriptCompilerLoads() - before;
  const result = {
    files,
    bytes,
    scopes,
    coldMs: runs[0],
    warmMs: runs[1],
    perFileColdMs: runs[0] / files,
    perFileWarmMs: runs[1] / files,
    projectCreations: creations,
  };

  log(`scopes: extraction over ${files} generated TypeScript files (${(bytes / 1024 / 1024).toFixed(1)} MiB, ${scopes} scopes found)`);
  log(`  first run (loads ts-morph):  ${result.coldMs.toFixed(0)} ms total, ${result.perFileColdMs.toFixed(2)} ms/file`);
  log(`  second run (cached trees):   ${result.warmMs.toFixed(0)} ms total, ${result.perFileWarmMs.toFixed(2)} ms/file`);
  log(`  TypeScript compiler loads:   ${creations} (loaded once, reused across files and runs)`);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runScopesBench();
  if (result.projectCreations !== 1) {
    console.error(`scopes bench: expected exactly one compiler load, got ${result.projectCreations}`);
    process.exitCode = 1;
  }
}

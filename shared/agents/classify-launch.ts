/** What a stdio server's command line launches. */
export interface Launch {
  /** `npx`, `uvx`, `docker`... or `local` for a script, binary or interpreter. */
  readonly launcher: string;
  /** The package, image or script launched (`@scope/pkg@1.2.3`, `mcp/time@sha256:...`). */
  readonly target?: string;
  /** Pinned to an exact version or digest; true for local scripts and binaries (nothing to pin). */
  readonly pinned: boolean;
  /** Runs a shell with a command string (`bash -c "..."`). */
  readonly shellCommand: boolean;
  /** Arguments after the package (a filesystem server's roots, say). */
  readonly rest: readonly string[];
}

const SHELLS = /^(?:bash|sh|zsh|dash|ksh|fish|cmd|powershell|pwsh)(?:\.exe)?$/i;
const EXACT_NPM = /^\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/;
const EXACT_PY = /^\d+(?:\.\d+)*(?:[-.]?[a-z]+\d*)?$/i;

function base(command: string): string {
  const parts = command.split(/[\\/]/);
  return (parts[parts.length - 1] ?? command).toLowerCase();
}

/** `@scope/name@1.2.3` -> version `1.2.3`; `name` -> undefined. */
function npmVersion(spec: string): string | undefined {
  const at = spec.lastIndexOf('@');
  return at > 0 ? spec.slice(at + 1) : undefined;
}

/** Options of `docker run` that take a value. */
const DOCKER_VALUE_FLAGS = new Set([
  '-e',
  '--env',
  '-v',
  '--volume',
  '--name',
  '--network',
  '--net',
  '-p',
  '--publish',
  '-w',
  '--workdir',
  '--mount',
  '--env-file',
  '-u',
  '--user',
  '--entrypoint',
  '-l',
  '--label',
  '--platform',
  '--add-host',
  '-h',
  '--hostname',
  '--cpus',
  '-m',
  '--memory',
  '--pull',
  '--cap-add',
  '--cap-drop',
  '--security-opt',
  '--device',
  '--ulimit',
  '--log-driver',
  '--restart',
  '--gpus',
]);

/**
 * Classifies a server's command line: which launcher, which package or image it
 * fetches, and whether that is pinned (`npx pkg@1.2.3`, `uvx pkg==1.2.3`, an image
 * `@sha256:` digest or exact tag; `@latest`, `:latest`, no version or no tag are
 * not). Local scripts and binaries have nothing to pin and count as pinned.
 * `cmd /c npx ...` and `wsl ... <command>` are looked through.
 */
export function classifyLaunch(command: string, args: readonly string[]): Launch {
  const name = base(command.trim().split(/\s+/)[0] ?? '');
  // A command written as one string ("npx -y pkg") is split like a shell would (no quotes).
  const words = command.trim().includes(' ') && args.length === 0 ? command.trim().split(/\s+/) : [command, ...args];
  const [, ...rest] = words;
  if (SHELLS.test(name)) {
    const flag = rest.findIndex((a) => /^(?:-c|\/c|\/k|-command|-Command)$/i.test(a));
    if (flag !== -1) {
      const after = rest.slice(flag + 1);
      // `cmd /c npx -y pkg` (Windows' way to start npx) is a launcher, not a shell script.
      if (/^cmd(?:\.exe)?$/i.test(name) && after.length > 1) return classifyLaunch(after[0] as string, after.slice(1));
      return { launcher: name, pinned: true, shellCommand: true, rest: after };
    }
    return { launcher: name, pinned: true, shellCommand: false, rest };
  }
  if (name === 'wsl' || name === 'wsl.exe') {
    let i = 0;
    while (i < rest.length && (rest[i] as string).startsWith('-'))
      i += /^(?:-d|--distribution|--cd|-u|--user|-e|--exec)$/.test(rest[i] as string) ? 2 : 1;
    if (i < rest.length) return classifyLaunch(rest[i] as string, rest.slice(i + 1));
  }
  if (
    name === 'npx' ||
    name === 'bunx' ||
    name === 'pnpx' ||
    ((name === 'pnpm' || name === 'yarn' || name === 'bun') && (rest[0] === 'dlx' || rest[0] === 'x'))
  ) {
    const list = name === 'npx' || name === 'bunx' || name === 'pnpx' ? rest : rest.slice(1);
    let target: string | undefined;
    let i = 0;
    for (; i < list.length; i++) {
      const a = list[i] as string;
      if (a.startsWith('--package=')) {
        target = a.slice('--package='.length);
        continue;
      }
      if (a === '-p' || a === '--package') {
        target = list[i + 1];
        i++;
        continue;
      }
      if (a.startsWith('-')) continue;
      target ??= a;
      break;
    }
    const version = target ? npmVersion(target) : undefined;
    return {
      launcher: name,
      ...(target ? { target } : {}),
      pinned: version !== undefined && EXACT_NPM.test(version),
      shellCommand: false,
      rest: list.slice(i + 1),
    };
  }
  if (name === 'uvx' || name === 'pipx' || (name === 'uv' && rest[0] === 'tool' && rest[1] === 'run')) {
    const list = name === 'uvx' ? rest : name === 'pipx' ? rest.slice(rest[0] === 'run' ? 1 : 0) : rest.slice(2);
    let target: string | undefined;
    let i = 0;
    for (; i < list.length; i++) {
      const a = list[i] as string;
      if (a === '--from' || a === '--spec') {
        target = list[i + 1];
        i++;
        continue;
      }
      if (a.startsWith('--from=')) {
        target = a.slice(7);
        continue;
      }
      if (/^(?:--python|-p|--with|--index-url|--extra-index-url)$/.test(a)) {
        i++;
        continue;
      }
      if (a.startsWith('-')) continue;
      target ??= a;
      break;
    }
    const m = target ? /(?:==|@)([^=@]+)$/.exec(target) : null;
    const local = target !== undefined && /^(?:\.|\/|git\+|[A-Za-z]:\\)/.test(target);
    return {
      launcher: name,
      ...(target ? { target } : {}),
      pinned: local || (m !== null && EXACT_PY.test(m[1] as string) && m[1] !== 'latest'),
      shellCommand: false,
      rest: list.slice(i + 1),
    };
  }
  if ((name === 'docker' || name === 'podman') && rest[0] === 'run') {
    let i = 1;
    for (; i < rest.length; i++) {
      const a = rest[i] as string;
      if (DOCKER_VALUE_FLAGS.has(a)) {
        i++;
        continue;
      }
      if (a.startsWith('-')) continue;
      break;
    }
    const image = rest[i];
    if (image === undefined) return { launcher: name, pinned: false, shellCommand: false, rest: [] };
    const digest = image.includes('@sha256:');
    const slash = image.lastIndexOf('/');
    const colon = image.indexOf(':', slash + 1);
    const tag = colon === -1 ? undefined : image.slice(colon + 1);
    return {
      launcher: name,
      target: image,
      pinned: digest || (tag !== undefined && tag !== 'latest' && !image.includes('${')),
      shellCommand: false,
      rest: rest.slice(i + 1),
    };
  }
  return {
    launcher: 'local',
    target: [command, ...args]
      .filter((a) => !a.startsWith('-'))
      .slice(0, 3)
      .join(' '),
    pinned: true,
    shellCommand: false,
    rest: args,
  };
}

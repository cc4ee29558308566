// The GitHub Action's logic as pure functions (no file system, no process, no network):
// inputs + event -> CLI arguments, JSON report -> workflow-command annotations, outputs ->
// the $GITHUB_OUTPUT text, CLI exit code + fail-on -> the step's exit code.
// run-action.js does the I/O around them. Plain Node ESM so it runs without a build step;
// types in action-steps.d.ts.

/** Events whose payload names a base commit to review against; everything else is a scan. */
const REVIEW_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);

export const FAIL_ON = /** @type {const} */ (['error', 'warning', 'never']);

/**
 * Reads the action's inputs from the environment the composite step sets
 * (`INPUT_PATH`, `INPUT_POLICY`, `INPUT_ORG_POLICY`, `INPUT_FAIL_ON`, `INPUT_SARIF_FILE`,
 * `INPUT_SARIF_CATEGORY`). Defaults: path `.`, fail-on `error`, sarif-file
 * `tollgate.sarif`, sarif-category `tollgate`. Throws with a message naming the input
 * when a value is not allowed.
 */
export function readInputs(env) {
  const get = (name) => (env[`INPUT_${name}`] ?? '').trim();
  const failOn = get('FAIL_ON') || 'error';
  if (!FAIL_ON.includes(failOn)) throw new Error(`input fail-on: "${failOn}" is not one of ${FAIL_ON.join(', ')}.`);
  return {
    path: get('PATH') || '.',
    policy: get('POLICY'),
    orgPolicy: get('ORG_POLICY'),
    failOn,
    sarifFile: get('SARIF_FILE') || 'tollgate.sarif',
    sarifCategory: get('SARIF_CATEGORY'),
  };
}

/**
 * What to run for an event: `review` against the base commit the payload names
 * (`pull_request.base.sha`, `merge_group.base_sha`) for pull-request and merge-queue
 * events, `scan` for everything else (push, schedule, workflow_dispatch...). A review
 * event whose payload holds no base commit is an error (the payload is not trusted to be
 * well-formed).
 */
export function chooseMode(eventName, payload) {
  if (!REVIEW_EVENTS.has(eventName)) return { mode: 'scan' };
  const base = eventName === 'merge_group' ? payload?.merge_group?.base_sha : payload?.pull_request?.base?.sha;
  if (typeof base !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(base)) {
    throw new Error(
      `the ${eventName} event payload holds no base commit (${eventName === 'merge_group' ? 'merge_group.base_sha' : 'pull_request.base.sha'}).`,
    );
  }
  return { mode: 'review', base };
}

/**
 * The `tollgate` arguments of one run that writes `format` to `output`. `path` is passed
 * to scan only: a review reviews the whole change of the repository it runs in (the
 * caller runs it in `path`). `--sarif-category` is passed only when the installed CLI
 * has the flag (`supportsSarifCategory`), and only with the SARIF format.
 */
export function buildCliArgs(inputs, mode, { format, output, quiet = false, supportsSarifCategory = false }) {
  const args = mode.mode === 'review' ? ['review', '--base', mode.base] : ['scan', '--', inputs.path];
  const options = ['--format', format, '--output', output, '--no-color'];
  if (quiet) options.push('--quiet');
  if (inputs.policy) options.push('--config', inputs.policy);
  if (inputs.orgPolicy) options.push('--org-config', inputs.orgPolicy);
  if (format === 'sarif' && inputs.sarifCategory && supportsSarifCategory) options.push('--sarif-category', inputs.sarifCategory);
  // Options before `--` for scan, so a path that starts with `-` is still a path.
  return mode.mode === 'review' ? [...args, ...options] : [args[0], ...options, ...args.slice(1)];
}

/** Escapes a workflow command's message (GitHub's `escapeData`: `%`, CR, LF). */
export function escapeData(value) {
  return String(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value (`escapeProperty`: also `:` and `,`). */
export function escapeProperty(value) {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

const COMMAND_OF_SEVERITY = { error: 'error', warning: 'warning', note: 'notice' };
const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 };

/**
 * One workflow-command annotation line per active finding of a JSON report
 * (`::error file=…,line=…,endLine=…,col=…,endColumn=…,title=…::message`), errors first
 * (GitHub shows at most 10 errors and 10 warnings per step). A review's findings are on
 * the change's added lines only; a scan's are on whole files. `pathPrefix` is prepended
 * to report paths (the report's directory relative to the workspace, `''` or `dir/`);
 * a finding about the run as a whole (path `.`) gets no file. Messages are masked by
 * the analyzers; every value is escaped so no text can end the command or start another.
 * [Workflow commands](https://docs.github.com/actions/reference/workflow-commands-for-github-actions)
 */
export function formatAnnotations(report, pathPrefix = '') {
  const findings = [...(report.findings ?? [])].sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3));
  return findings.map((f) => {
    const command = COMMAND_OF_SEVERITY[f.severity] ?? 'notice';
    const props = [];
    if (f.path && f.path !== '.') {
      props.push(['file', `${pathPrefix}${f.path}`]);
      const loc = f.location ?? {};
      if (Number.isInteger(loc.startLine)) props.push(['line', loc.startLine]);
      if (Number.isInteger(loc.endLine)) props.push(['endLine', loc.endLine]);
      // Columns only on one line: GitHub ignores them on a multi-line annotation.
      if (loc.startLine === loc.endLine && Number.isInteger(loc.startColumn)) {
        props.push(['col', loc.startColumn]);
        if (Number.isInteger(loc.endColumn)) props.push(['endColumn', loc.endColumn]);
      }
    }
    props.push(['title', `tollgate: ${f.ruleId}`]);
    const properties = props.map(([k, v]) => `${k}=${escapeProperty(v)}`).join(',');
    return `::${command} ${properties}::${escapeData(f.message ?? f.ruleId)}`;
  });
}

/**
 * The step outputs of a run: `tier` (a review's risk tier; empty for a scan), `errors`,
 * `warnings` (active findings), `sarif-file` (the SARIF path as given).
 */
export function actionOutputs(report, sarifFile) {
  return {
    tier: typeof report?.risk?.tier === 'string' ? report.risk.tier : '',
    errors: String(report?.summary?.error ?? 0),
    warnings: String(report?.summary?.warning ?? 0),
    'sarif-file': sarifFile,
  };
}

/**
 * The text appended to `$GITHUB_OUTPUT`: each output in the multi-line form
 * `name<<DELIMITER`, value, `DELIMITER`, so no value can set another output.
 * `delimiter` must not occur in any value (the caller makes a random one).
 */
export function formatOutputs(outputs, delimiter) {
  return Object.entries(outputs)
    .map(([name, value]) => {
      if (String(value).includes(delimiter)) throw new Error(`output ${name} contains the delimiter`);
      return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
    .join('');
}

/** GitHub's limit for one step's job summary; longer ones are rejected. */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

/**
 * The job summary: the Markdown report (what the pull-request comment would hold), cut
 * below GitHub's 1 MiB limit with a note when it is longer.
 */
export function formatSummary(markdown, sarifFile) {
  const footer = `\n\n<sub>SARIF written to \`${sarifFile.replace(/`/g, "'")}\`.</sub>\n`;
  const room = SUMMARY_MAX_BYTES - Buffer.byteLength(footer) - 200;
  if (Buffer.byteLength(markdown) <= room) return `${markdown.trimEnd()}${footer}`;
  const cut = Buffer.from(markdown)
    .subarray(0, room)
    .toString('utf8')
    .replace(/\uFFFD*$/, '');
  return `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n_The report is longer than a job summary can hold; the full report is in the SARIF file._${footer}`;
}

/**
 * The step's exit code from the CLI's and `fail-on`: a usage or configuration error
 * (CLI exit 2) always fails; `error` (default) is the CLI's exit code (the policy
 * decides what is an error); `warning` also fails on warnings; `never` passes on
 * findings.
 */
export function exitCodeFor(cliCode, failOn, report) {
  if (cliCode !== 0 && cliCode !== 1) return 2;
  if (failOn === 'never') return 0;
  if (failOn === 'warning') return cliCode === 1 || (report?.summary?.warning ?? 0) > 0 ? 1 : 0;
  return cliCode;
}

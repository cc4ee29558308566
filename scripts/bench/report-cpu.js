// Preloaded into each benchmarked process (`node --import`): on exit, writes the CPU
// time the process used (user + system, all threads, microseconds) to the file named by
// BENCH_CPU_FILE. Unlike wall time, CPU time barely moves when other work shares the
// machine. 'exit' handlers also run on process.exit(), which secretlint's CLI calls.

import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_CPU_FILE;
if (file) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(file, JSON.stringify({ user, system }));
  });
}

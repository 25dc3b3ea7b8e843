#!/usr/bin/env node
/**
 * `npm run dev`: Astro's dev server, stopped with the command that started it. npm does not pass a
 * kill on to the script it runs, so killing `npm run dev` by its pid used to leave `astro dev`
 * running and holding its port. This wrapper forwards SIGINT, SIGTERM and SIGHUP to Astro, and
 * stops Astro when the processes that started it (the `sh` npm runs and npm itself) are gone.
 * Arguments are passed on: `npm run dev -- --port 4322`.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(process.execPath, [astro, 'dev', ...process.argv.slice(2)], { stdio: 'inherit' });

const stop = (signal) => {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 0)));

/** The parent of a process, from /proc (Linux); undefined elsewhere or when it is gone. */
function parentOf(pid) {
  try {
    // /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces, so read after its ")".
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : undefined;
  } catch {
    return undefined;
  }
}

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// Up to two ancestors: the shell npm runs the script in, and npm (or whatever ran this directly).
const watched = [process.ppid, parentOf(process.ppid)].filter((pid) => pid !== undefined && pid > 1);
setInterval(() => {
  if (watched.some((pid) => !alive(pid))) stop('SIGTERM');
}, 500).unref();

/**
 * Runs one `astro build` in-process (argv[2]: the project copy, argv[3]: its config file, relative to it) and
 * prints the CPU time this process used, all threads, as a last line "BENCH_CPU <json>": a
 * measure of build cost that other work on the machine disturbs less than wall-clock time.
 */
import { build } from 'astro';

const [root, configFile] = process.argv.slice(2);
process.chdir(root);
await build({ root, configFile, logLevel: 'warn' });
const { user, system } = process.cpuUsage();
process.stdout.write(`\nBENCH_CPU ${JSON.stringify({ seconds: (user + system) / 1e6 })}\n`);

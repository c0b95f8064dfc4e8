// `pnpm test:steady`: `pnpm test` three times in a row while two extra CPU-bound processes
// (busy loops) run beside it, as on a busy CI machine. Prints each run's totals and time, and
// exits non-zero if any run fails. The busy loops are stopped at the end, also on Ctrl-C.
// Options: `--runs N` (default 3), `--load N` busy loops (default 2); anything else goes to
// `scripts/test.mjs` (e.g. `--tests-only`, `--jobs 2`).
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
function option(name, fallback) {
  const index = args.indexOf(name);
  if (index === -1) return fallback;
  const [, value] = args.splice(index, 2);
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) {
    console.error(`${name} needs a whole number, got ${value}`);
    process.exit(2);
  }
  return number;
}
const runs = option('--runs', 3);
const load = option('--load', 2);

const burners = Array.from({ length: load }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopBurners = () => {
  for (const burner of burners) if (burner.exitCode === null) burner.kill('SIGKILL');
};
process.on('exit', stopBurners);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopBurners();
    process.exit(130);
  });
}
console.log(
  `test:steady: ${runs} run(s) of scripts/test.mjs ${args.join(' ')} beside ${load} busy loop(s) (pids ${burners.map((burner) => burner.pid).join(', ')})`,
);

/** One run of the suite; its output goes through, and its last "N passed, N failed" line is kept. */
function runSuite() {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, ['scripts/test.mjs', ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
      },
    });
    let summary = '';
    let pending = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        // eslint-disable-next-line no-control-regex
        const plain = line.replace(/\u001b\[[0-9;]*m/g, '').trim();
        if (/^\d+ passed, \d+ failed/.test(plain)) summary = plain;
      }
    });
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      done({ ok: code === 0, code, summary: summary || 'no summary line', seconds });
    });
  });
}

const results = [];
for (let index = 1; index <= runs; index += 1) {
  console.log(`\n═══ test:steady run ${index} of ${runs} ═══`);
  const result = await runSuite();
  results.push(result);
  console.log(
    `═══ run ${index}: ${result.ok ? '✔' : '✘'} ${result.summary} (${result.seconds} s, exit ${result.code}) ═══`,
  );
}
stopBurners();

console.log(`\ntest:steady, ${load} busy loop(s) beside each run:`);
results.forEach((result, index) => {
  console.log(
    `  run ${index + 1}: ${result.ok ? '✔' : '✘'} ${result.summary.padEnd(36)} ${result.seconds.padStart(8)} s`,
  );
});
const failed = results.filter((result) => !result.ok).length;
console.log(`${runs - failed} of ${runs} runs passed`);
process.exit(failed > 0 ? 1 : 0);

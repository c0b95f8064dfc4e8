#!/usr/bin/env node
/**
 * `npx @account-center/doctor`: checks (and with `--fix`, fixes) a Logto tenant for the
 * account-center kit. See `runDoctor` for the exit codes.
 */

import { createInterface } from 'node:readline/promises';
import { runDoctor } from './doctor.js';

async function readStdin(): Promise<string> {
  // A terminal on stdin means nobody piped a secret: do not wait for one.
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function confirm(question: string): Promise<boolean> {
  const readline = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await readline.question(question)).trim());
  } finally {
    readline.close();
  }
}

process.exitCode = await runDoctor(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  // Only ask on a terminal; a piped stdin already carried the secret.
  ...(process.stdin.isTTY ? { confirm } : {}),
});

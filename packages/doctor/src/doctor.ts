/**
 * The doctor's run: resolve the secret, read the tenant, print the check table, and with `--fix`
 * show the diff, ask, apply the safe fixes and check again. Exit codes: 0 ready, 1 something the
 * chosen features need is missing, 2 bad input.
 */

import type { Diagnosis, TenantSnapshot } from './checks.js';
import { diagnose } from './checks.js';
import type {
  AccountCenterRow,
  ApplicationRow,
  ConnectorRow,
  CustomProfileFieldRow,
  ManagementSession,
  SignInExperienceRow,
} from './management.js';
import { connect, ManagementApiError } from './management.js';
import type { DoctorOptions } from './options.js';
import { DoctorInputError, parseDoctorArgs, USAGE } from './options.js';

/** The environment of a run (the CLI passes the process's; tests pass their own). */
export interface DoctorIo {
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads the whole of stdin (used for the secret when the variable is unset). */
  readStdin?: () => Promise<string>;
  /** Asks a yes/no question; absent = no terminal to ask on. */
  confirm?: (question: string) => Promise<boolean>;
  fetch?: typeof fetch;
}

/** The environment variable holding the M2M app's secret. */
export const SECRET_ENV = 'ACCOUNT_CENTER_DOCTOR_SECRET';

/** Reads the tenant as the checks need it. */
export async function readTenant(
  session: ManagementSession,
  options: Pick<DoctorOptions, 'spaAppId'>,
): Promise<TenantSnapshot> {
  const [accountCenter, signInExperience, connectors, spa, customProfileFields] = await Promise.all(
    [
      session.get<AccountCenterRow>('/api/account-center'),
      session.get<SignInExperienceRow>('/api/sign-in-exp'),
      session.get<ConnectorRow[]>('/api/connectors'),
      session
        .get<ApplicationRow>(`/api/applications/${encodeURIComponent(options.spaAppId)}`)
        .catch((error: unknown) => {
          if (error instanceof ManagementApiError && error.status === 404)
            throw new DoctorInputError(
              `no application with id "${options.spaAppId}" in this tenant; check --spa-app-id`,
            );
          throw error;
        }),
      // A stored Number field with a negative bound makes this read answer 500 (facts §1).
      session.get<CustomProfileFieldRow[]>('/api/custom-profile-fields').catch((error: unknown) => {
        if (error instanceof ManagementApiError && error.status >= 500) return 'broken' as const;
        throw error;
      }),
    ],
  );
  return {
    tenantId: session.tenantId,
    accountCenter,
    signInExperience,
    connectors,
    spa,
    customProfileFields,
  };
}

const MARK = { ok: '✔', warn: '!', fail: '✘' } as const;

function renderTable(diagnosis: Diagnosis): string {
  const lines: string[] = [];
  for (const row of diagnosis.rows) {
    lines.push(`${MARK[row.status]} ${row.message}`);
    if (row.status === 'ok') continue;
    if (row.features.length) lines.push(`    hides:   ${row.features.join(', ')}`);
    lines.push(`    fix:     ${row.fix}`);
    lines.push(`    console: ${row.consolePage}`);
  }
  return lines.join('\n');
}

function renderChanges(diagnosis: Diagnosis): string {
  return diagnosis.changes
    .map((change) =>
      [`${change.method} ${change.path}`, ...change.diff.map((line) => `  ${line}`)].join('\n'),
    )
    .join('\n');
}

function summary(diagnosis: Diagnosis): string {
  const count = (status: string) => diagnosis.rows.filter((row) => row.status === status).length;
  return `${count('ok')} ok, ${count('warn')} warning(s), ${count('fail')} missing`;
}

/** Redacts the secret (and any bearer token) from everything the doctor writes. */
function redacting(write: (text: string) => void, secrets: () => string[]) {
  return (text: string) => {
    let safe = text;
    for (const secret of secrets()) if (secret) safe = safe.split(secret).join('***');
    write(safe);
  };
}

/** Runs the doctor; resolves to the exit code. */
export async function runDoctor(argv: string[], io: DoctorIo): Promise<number> {
  let secret = '';
  const out = redacting(io.stdout, () => [secret]);
  const err = redacting(io.stderr, () => [secret]);
  let json = argv.includes('--json');
  try {
    const parsed = parseDoctorArgs(argv);
    json = parsed.options.json;
    if (parsed.help) {
      out(`${USAGE}\n`);
      return 0;
    }
    secret = (io.env[SECRET_ENV] ?? '').trim();
    if (!secret && parsed.secretFlag) {
      secret = parsed.secretFlag.trim();
      err(`warning: --secret shows in ps and your shell history; prefer ${SECRET_ENV} or stdin\n`);
    }
    if (!secret && io.readStdin) secret = (await io.readStdin()).trim();
    if (!secret)
      throw new DoctorInputError(
        `no secret: set ${SECRET_ENV} or pipe the machine-to-machine app's secret on stdin`,
      );
    const options: DoctorOptions = { ...parsed.options, secret };

    const session = await connect({
      endpoint: options.endpoint,
      appId: options.appId,
      secret,
      ...(io.fetch ? { fetch: io.fetch } : {}),
    });
    let diagnosis = diagnose(await readTenant(session, options), options);
    let applied = false;

    if (!json) {
      out(
        `Tenant ${session.tenantId} at ${options.endpoint} — features: ${options.features.join(', ')}\n\n`,
      );
      out(`${renderTable(diagnosis)}\n\n`);
    }

    if (options.fix) {
      if (diagnosis.changes.length === 0) {
        if (!json) out('Nothing to change: every safe fix is already in place.\n');
      } else {
        if (!json)
          out(
            `--fix would make these changes (- current, + after):\n${renderChanges(diagnosis)}\n\n`,
          );
        let go = options.yes;
        if (!go && io.confirm && !json) go = await io.confirm('Apply these changes? [y/N] ');
        else if (!go)
          err('not applied: pass --yes to apply without asking (no terminal to confirm on)\n');
        if (go) {
          for (const change of diagnosis.changes) await session.patch(change.path, change.body);
          applied = true;
          diagnosis = diagnose(await readTenant(session, options), options);
          if (!json) out(`Applied. After the fixes:\n\n${renderTable(diagnosis)}\n\n`);
        } else if (!json) out('Nothing changed.\n');
      }
    } else if (diagnosis.changes.length && !json) {
      out('Run again with --fix to apply the fixes marked "--fix does it".\n');
    }

    if (json) {
      out(
        `${JSON.stringify(
          {
            endpoint: options.endpoint,
            tenantId: session.tenantId,
            features: options.features,
            ready: diagnosis.ready,
            checks: diagnosis.rows,
            changes: applied ? [] : diagnosis.changes,
            applied,
            manualSteps: diagnosis.manualSteps,
          },
          null,
          2,
        )}\n`,
      );
    } else {
      if (diagnosis.manualSteps.length)
        out(
          `Steps the doctor cannot take:\n${diagnosis.manualSteps.map((step) => `  • ${step}`).join('\n')}\n\n`,
        );
      out(`${summary(diagnosis)}. ${diagnosis.ready ? 'Ready.' : 'Not ready.'}\n`);
    }
    return diagnosis.ready ? 0 : 1;
  } catch (error) {
    if (error instanceof DoctorInputError || error instanceof ManagementApiError) {
      const message =
        error instanceof ManagementApiError ? `unexpected answer: ${error.message}` : error.message;
      if (json) out(`${JSON.stringify({ error: message })}\n`);
      err(`account-center-doctor: ${message}\n`);
      return 2;
    }
    throw error;
  }
}

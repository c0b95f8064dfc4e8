/**
 * The secret scan run after every journey: collects the secrets the journey handled (access
 * tokens, verification record ids, TOTP secrets, backup codes, passwords) and looks for each in
 * everything the page could leak or persist: `localStorage` (the kit's keys; the simulator's own
 * tenant and token keys hold them by design), `sessionStorage`, IndexedDB, every address the
 * page showed, the console, and `dehydrate()` with every query and mutation included.
 */
import type { Page, Request, Response } from '@playwright/test';

/** What a secret is. */
export type SecretKind =
  'access token' | 'verification record id' | 'TOTP secret' | 'backup code' | 'password';

/** Where a secret may leak. */
export type LeakSource =
  | 'localStorage'
  | 'sessionStorage'
  | 'IndexedDB'
  | 'URL'
  | 'console'
  | 'dehydrate() queries'
  | 'dehydrate() mutations';

/** One secret found somewhere it must not be. */
export interface Finding {
  kind: SecretKind;
  source: LeakSource;
  /** The storage key, database or address it was found in. */
  where: string;
}

/** The playground simulator's own `localStorage` keys: the tenant (every secret) and the token. */
export const SIMULATOR_STORAGE_KEYS = [
  'account-center-playground:tenant',
  'account-center-playground:token',
];

/** Fields of request and response bodies that hold a secret. */
const SECRET_FIELDS: Record<string, SecretKind> = {
  password: 'password',
  verificationRecordId: 'verification record id',
  newIdentifierVerificationRecordId: 'verification record id',
  verificationId: 'verification record id',
  secret: 'TOTP secret',
  codes: 'backup code',
};

/**
 * Watches a page for the journey's whole life: the secrets it sends and receives, what it logs
 * and every address it shows (a full-page redirect included).
 */
export class SecretWatch {
  readonly secrets = new Map<string, SecretKind>();
  readonly console: string[] = [];
  readonly urls: string[] = [];
  private readonly pending: Promise<void>[] = [];

  constructor(private readonly page: Page) {
    page.on('console', (message) => this.console.push(message.text()));
    page.on('pageerror', (error) => this.console.push(`${error.message}\n${error.stack ?? ''}`));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) this.urls.push(frame.url());
    });
    page.on('request', (request) => this.fromRequest(request));
    page.on('response', (response) => {
      this.pending.push(this.fromResponse(response));
    });
  }

  add(kind: SecretKind, value: unknown): void {
    if (typeof value === 'string' && value.length >= 6) this.secrets.set(value, kind);
  }

  private fromBody(body: unknown): void {
    if (!body || typeof body !== 'object') return;
    for (const [field, value] of Object.entries(body as Record<string, unknown>)) {
      const kind = SECRET_FIELDS[field];
      if (kind && Array.isArray(value)) for (const item of value) this.add(kind, item);
      else if (kind) this.add(kind, value);
      else if (value && typeof value === 'object') this.fromBody(value);
    }
  }

  private fromRequest(request: Request): void {
    if (!new URL(request.url()).pathname.startsWith('/api/')) return;
    const headers = request.headers();
    this.add('access token', headers.authorization?.replace(/^Bearer\s+/i, ''));
    this.add('verification record id', headers['logto-verification-id']);
    try {
      this.fromBody(request.postDataJSON());
    } catch {
      // Not JSON (an avatar upload).
    }
  }

  private async fromResponse(response: Response): Promise<void> {
    if (!new URL(response.url()).pathname.startsWith('/api/')) return;
    if (!response.headers()['content-type']?.includes('json')) return;
    try {
      this.fromBody(await response.json());
    } catch {
      // The page navigated away before the body was read.
    }
  }

  /** Adds what the simulated tenant knows: every token, record, TOTP key and backup code. */
  async collectFromTenant(): Promise<void> {
    await Promise.all(this.pending);
    const tenant = await this.page.evaluate(() =>
      window.__accountCenterSimulator!.simulator.getState(),
    );
    for (const token of Object.keys(tenant.tokens)) this.add('access token', token);
    for (const record of tenant.verificationRecords) this.add('verification record id', record.id);
    for (const user of tenant.users) {
      for (const factor of user.mfaVerifications) {
        if (factor.type === 'Totp') this.add('TOTP secret', factor.key);
        if (factor.type === 'BackupCode')
          for (const { code } of factor.codes) this.add('backup code', code);
      }
    }
  }

  /** Looks for every collected secret in every source. */
  async scan(): Promise<Finding[]> {
    const sources = await readSources(this.page);
    const haystacks: { source: LeakSource; where: string; text: string }[] = [
      ...sources,
      ...this.urls.map((url) => ({ source: 'URL' as const, where: url, text: url })),
      ...this.console.map((text, index) => ({
        source: 'console' as const,
        where: `message ${index + 1}`,
        text,
      })),
    ];
    const findings: Finding[] = [];
    for (const [secret, kind] of this.secrets) {
      for (const { source, where, text } of haystacks) {
        // A TOTP key is shown in groups of four: look for it with and without spaces.
        const compact = kind === 'TOTP secret' ? text.replaceAll(/\s/g, '') : text;
        const decoded = safeDecode(text);
        if (text.includes(secret) || compact.includes(secret) || decoded.includes(secret))
          findings.push({ kind, source, where });
      }
    }
    return dedupe(findings);
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.kind}|${finding.source}|${finding.where}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Web storage, IndexedDB and `dehydrate()`, read in the page. */
async function readSources(
  page: Page,
): Promise<{ source: LeakSource; where: string; text: string }[]> {
  return page.evaluate(async (skipped) => {
    const out: { source: LeakSource; where: string; text: string }[] = [];
    for (const [source, storage] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ] as const) {
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index)!;
        if (source === 'localStorage' && skipped.includes(key)) continue;
        out.push({ source, where: key, text: `${key}=${storage.getItem(key) ?? ''}` });
      }
    }
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const records = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        out.push({ source: 'IndexedDB', where: `${name}/${store}`, text: JSON.stringify(records) });
      }
      db.close();
    }
    // One haystack per query and per mutation, so a finding names its key.
    const state = JSON.parse(window.__accountCenterSimulator!.dehydrate()) as {
      queries: { queryHash: string }[];
      mutations: { mutationKey?: unknown }[];
    };
    for (const query of state.queries) {
      out.push({
        source: 'dehydrate() queries',
        where: query.queryHash,
        text: JSON.stringify(query),
      });
    }
    for (const mutation of state.mutations) {
      out.push({
        source: 'dehydrate() mutations',
        where: JSON.stringify(mutation.mutationKey ?? null),
        text: JSON.stringify(mutation),
      });
    }
    return out;
  }, SIMULATOR_STORAGE_KEYS);
}

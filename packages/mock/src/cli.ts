#!/usr/bin/env node
/**
 * `account-center-mock` / `pnpm --filter @account-center/mock serve --port 4010`: serves the
 * simulator with the demo tenant and prints a ready token.
 */

import { parseArgs } from 'node:util';
import { listen } from './node.js';
import { DEMO_EMAIL, DEMO_PASSWORD } from './seed.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: 'localhost' },
    preset: { type: 'string', default: 'demo' },
    'dev-cors': { type: 'boolean', default: false },
    'dev-features': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (values.help) {
  console.log(`Usage: account-center-mock [--port 4010] [--host localhost] [--preset demo|logto-default] [--dev-cors] [--dev-features]

  --preset demo           account center on, every field Edit, a seeded user (default)
  --preset logto-default  Logto's real new tenant: account center disabled, every field Off
  --dev-cors              let any origin read /api/.well-known/* (production Logto does not)
  --dev-features          enable dev features (trusted devices)`);
  process.exit(0);
}

const preset = values.preset === 'logto-default' ? 'logto-default' : 'demo';
const { url, simulator } = await listen({
  port: Number(values.port),
  host: values.host,
  seed: { preset, devFeatures: values['dev-features'] },
  wellKnownCors: values['dev-cors'] ? 'development' : 'production',
});
const token = simulator.mintToken();

console.log(`Logto Account API simulator listening on ${url}

  Endpoint:       ${url}   (use it as the Logto endpoint; API under ${url}/api)
  Seeded user:    ${DEMO_EMAIL} / ${DEMO_PASSWORD}
  Access token:   ${token}
                  (every scope, no expiry; send it as "Authorization: Bearer <token>")

  Try:  curl -H "Authorization: Bearer ${token}" ${url}/api/my-account
  /api/.well-known/* ${values['dev-cors'] ? 'reflects any origin (--dev-cors)' : 'sends no CORS headers, like a production Logto (--dev-cors to allow any origin)'}.
  Codes "sent" by email/SMS are printed below.
`);

simulator.inbox.subscribe((message) => {
  console.log(
    `[inbox] ${message.channel} to ${message.recipient}: code ${message.code} (${message.templateType})`,
  );
});

/**
 * Simulator mode: the kit's simulated Logto tenant as a real HTTP server, started once in this
 * Node process, and a token for its demo user. Or your own: run
 * `pnpm --filter @account-center/mock serve --port 4010` and set ACCOUNT_CENTER_SIMULATOR_URL and
 * ACCOUNT_CENTER_SIMULATOR_TOKEN to the endpoint and token it prints.
 */
import { simulatorUrl } from './mode';

interface RunningSimulator {
  url: string;
  token: string;
}

const store = globalThis as { __accountCenterExampleSimulator?: Promise<RunningSimulator> };

export function runningSimulator(): Promise<RunningSimulator> {
  const given = process.env.ACCOUNT_CENTER_SIMULATOR_TOKEN;
  if (given) return Promise.resolve({ url: simulatorUrl, token: given });
  store.__accountCenterExampleSimulator ??= import('@account-center/mock/node').then(
    async ({ listen }) => {
      const url = new URL(simulatorUrl);
      const server = await listen({ host: url.hostname, port: Number(url.port) });
      return { url: simulatorUrl, token: server.simulator.mintToken() };
    },
  );
  return store.__accountCenterExampleSimulator;
}

/** Set at build time by next.config.ts: 'logto' when LOGTO_ENDPOINT was set, else 'simulator'. */
export const mode: 'logto' | 'simulator' =
  process.env.ACCOUNT_CENTER_EXAMPLE_MODE === 'logto' ? 'logto' : 'simulator';

/** The simulator's port (simulator mode), shared by the server code and the CSP. */
export const simulatorUrl =
  process.env.ACCOUNT_CENTER_SIMULATOR_URL ??
  `http://localhost:${process.env.ACCOUNT_CENTER_SIMULATOR_PORT ?? '4010'}`;

/** Where the browser calls the Account API: your Logto tenant, or the simulator. */
export const accountEndpoint = (): string =>
  mode === 'logto' ? process.env.LOGTO_ENDPOINT! : simulatorUrl;

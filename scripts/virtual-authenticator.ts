// One Chromium virtual authenticator per test file (CDP `WebAuthn.addVirtualAuthenticator`), for
// real passkey ceremonies in Vitest browser mode. Chrome allows one internal authenticator per
// page and every test file's iframe shares the page, so it is removed after the file; such files
// run in the serial `webauthn` project. `vitest/browser` is imported lazily: it throws outside
// browser mode, and a file may also be collected by a Node project (where it is skipped).
import { afterAll, beforeAll } from 'vitest';

export interface VirtualAuthenticator {
  /** Make the next ceremonies fail (or pass) user verification, like a refused fingerprint. */
  setUserVerified(isUserVerified: boolean): Promise<void>;
}

async function session() {
  const { cdp } = await import('vitest/browser');
  return cdp();
}

/** Adds the authenticator before the file's tests and removes it after them. */
export function withVirtualAuthenticator(): VirtualAuthenticator {
  let authenticatorId = '';
  beforeAll(async () => {
    const cdp = await session();
    await cdp.send('WebAuthn.enable');
    const added = (await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    })) as { authenticatorId: string };
    authenticatorId = added.authenticatorId;
  });
  afterAll(async () => {
    await (await session()).send('WebAuthn.removeVirtualAuthenticator', { authenticatorId });
  });
  return {
    async setUserVerified(isUserVerified) {
      await (await session()).send('WebAuthn.setUserVerified', { authenticatorId, isUserVerified });
    },
  };
}

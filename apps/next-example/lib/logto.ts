import { UserScope } from '@logto/next';
import type { LogtoNextConfig } from '@logto/next';

/**
 * A "Traditional web" application in Logto. The Account API wants the opaque access token,
 * so no `resources`: request the scopes of the fields you show instead.
 */
export const logtoConfig = (): LogtoNextConfig => ({
  endpoint: process.env.LOGTO_ENDPOINT!,
  appId: process.env.LOGTO_APP_ID ?? '',
  appSecret: process.env.LOGTO_APP_SECRET ?? '',
  baseUrl: process.env.LOGTO_BASE_URL ?? 'http://localhost:3000',
  cookieSecret: process.env.LOGTO_COOKIE_SECRET ?? '',
  cookieSecure: process.env.NODE_ENV === 'production',
  scopes: [
    UserScope.Email,
    UserScope.Phone,
    UserScope.Profile,
    UserScope.CustomData,
    UserScope.Identities,
    UserScope.Sessions,
  ],
});

/** Schemas for linked identities and their provider tokens, contract §6.7. */
import * as z from 'zod/mini';

/** A third-party provider token kept by Logto's token storage (§6.7). */
export const providerAccessTokenSchema = z.object({
  access_token: z.string(),
  scope: z.optional(z.string()),
  token_type: z.optional(z.string()),
  expires_in: z.optional(z.union([z.number(), z.string()])),
});

/** Answer of the provider-token routes. */
export type ProviderAccessToken = z.infer<typeof providerAccessTokenSchema>;

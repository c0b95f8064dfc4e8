/** Small pure helpers of the social area: connector names, error wording. */
import type { SocialConnector } from '@account-center/react';
import type { I18n } from '../../i18n/create-i18n.js';

/** A connector's name in the UI locale: its name map is keyed by locale (`{ en: 'Google' }`). */
export function connectorName(
  connector: Pick<SocialConnector, 'name' | 'target'> | undefined,
  locale: string,
  fallback = '',
): string {
  const name = connector?.name;
  if (typeof name === 'string' && name) return name;
  if (name && typeof name === 'object') {
    const names = name as Record<string, string>;
    const language = locale.split('-')[0] ?? locale;
    const found = names[locale] ?? names[language] ?? names.en ?? Object.values(names)[0];
    if (found) return found;
  }
  return targetName(connector?.target ?? fallback);
}

/** A readable name for a bare connector target (`google` → `Google`) when nothing better is known. */
export function targetName(target: string): string {
  return target ? target.charAt(0).toUpperCase() + target.slice(1) : target;
}

interface LinkError {
  code?: string;
}

/** Wording for a failed link: the provider-side failures get their own sentences. */
export function socialErrorMessage(error: unknown, i18n: Pick<I18n, 't' | 'formatError'>): string {
  const code = (error as LinkError | null | undefined)?.code;
  if (code === 'social_state_mismatch') return i18n.t('social.stateMismatch');
  if (code === 'social_link_expired') return i18n.t('social.linkExpired');
  if (code === 'social_unsafe_authorization_uri') return i18n.t('social.unsafeProviderPage');
  if (code === 'connector.authorization_failed') return i18n.t('social.providerCancelled');
  if (code === 'connector.social_auth_code_invalid' || code === 'session.verification_failed')
    return i18n.t('social.providerFailed');
  return i18n.formatError(error);
}

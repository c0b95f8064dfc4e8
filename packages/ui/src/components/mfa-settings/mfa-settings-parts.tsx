/**
 * The two-step verification settings section as parts (`MfaSettings.Root`, `.Header`, `.Title`,
 * `.Description`, `.Content`, `.Required`, `.AskOnSignIn`, `.PasskeyPrompt`, `.CodeFactors`),
 * Radix-style: rearrange or replace them and keep the behaviour. `<MfaSettings/>` is their usual
 * composition. `Root` holds what the rows share (the tenant's policy and the fields' levels);
 * the other parts read it and throw outside a `Root`.
 */
import { createContext, useContext } from 'react';
import type { ComponentProps } from 'react';
import { useSecurityI18n } from '../../i18n/area-i18n.js';
import { cx } from '../../lib/cx.js';
import { featureSectionParts } from '../../lib/feature-section-parts.js';
import { Section } from '../../primitives/card.js';
import type { SectionTitleProps } from '../../primitives/card.js';
import { Skeleton } from '../../primitives/skeleton.js';
import { MfaCodeFactors } from './code-factors.js';
import type { MfaCodeFactorsProps } from './code-factors.js';
import { MfaSettingsToggle, PasskeyPromptToggle, useMfaSettingsModel } from './mfa-toggles.js';
import type { MfaSettingsToggleProps, PasskeyPromptToggleProps } from './mfa-toggles.js';

interface MfaSettingsContextValue {
  /** The tenant's settings still loading: the rows wait. */
  loading: boolean;
  /** The tenant's policy makes two-step verification mandatory. */
  mandatory: boolean;
}

const MfaSettingsContext = createContext<MfaSettingsContextValue | null>(null);

function useMfaSettingsContext(part: string): MfaSettingsContextValue {
  const context = useContext(MfaSettingsContext);
  if (!context) throw new Error(`<MfaSettings.${part}> must be used inside <MfaSettings.Root>.`);
  return context;
}

/** `MfaSettings.Root`'s props (and `<MfaSettings/>`'s). */
export type MfaSettingsRootProps = ComponentProps<'section'>;

/**
 * The section (`<section>`, named by `MfaSettings.Header`) and what its parts share. Renders
 * nothing when no row applies (neither switch, and two-step verification not mandatory).
 */
export function MfaSettingsRoot({ className, children, ...props }: MfaSettingsRootProps) {
  const model = useMfaSettingsModel();
  const loading = model.settings.isLoading;
  if (!loading && !model.showMfa && !model.showPasskey && !model.mandatory) return null;
  return (
    <MfaSettingsContext.Provider value={{ loading, mandatory: model.mandatory }}>
      <Section
        data-slot="mfa-settings"
        data-state={loading ? 'loading' : 'ready'}
        aria-busy={loading || undefined}
        className={cx('ac-mfa-settings', className)}
        {...props}
      >
        {children}
      </Section>
    </MfaSettingsContext.Provider>
  );
}

export type MfaSettingsTitleProps = SectionTitleProps;

const headerParts = featureSectionParts({
  usePart: useMfaSettingsContext,
  title: 'mfa.title',
  description: 'mfa.description',
  contentClassName: 'ac-stack',
  useI18n: useSecurityI18n,
});
/** The section's header; by default its title and description. */
export const MfaSettingsHeader = headerParts.Header;
/** The heading that names the section's region (`h2` unless `asChild`). */
export const MfaSettingsTitle = headerParts.Title;
/** Describes the section's region; by default the kit's sentence. */
export const MfaSettingsDescription = headerParts.Description;

/** The section's body; a loading placeholder in place of its children while settings load. */
export function MfaSettingsContent({ children, ...props }: ComponentProps<'div'>) {
  const { loading } = useMfaSettingsContext('Content');
  const { t } = useSecurityI18n();
  return (
    <headerParts.Content {...props}>
      {loading ? (
        <>
          <span className="ac-sr-only">{t('common.loading')}</span>
          <Skeleton className="ac-entry-skeleton" />
        </>
      ) : (
        children
      )}
    </headerParts.Content>
  );
}

/** "Your organization requires two-step verification." when mandatory; nothing otherwise. */
export function MfaSettingsRequired({ className, children, ...props }: ComponentProps<'p'>) {
  const { loading, mandatory } = useMfaSettingsContext('Required');
  const { t } = useSecurityI18n();
  if (loading || !mandatory) return null;
  return (
    <p data-slot="mfa-settings-required" className={cx('ac-entry-meta', className)} {...props}>
      {children ?? t('mfa.required')}
    </p>
  );
}

/** "Ask for a second step when I sign in": `MfaSettingsToggle` in the section. */
export function MfaSettingsAskOnSignIn(props: MfaSettingsToggleProps) {
  const { loading } = useMfaSettingsContext('AskOnSignIn');
  return loading ? null : <MfaSettingsToggle {...props} />;
}

/** "Suggest a passkey when I sign in": `PasskeyPromptToggle` in the section. */
export function MfaSettingsPasskeyPrompt(props: PasskeyPromptToggleProps) {
  const { loading } = useMfaSettingsContext('PasskeyPrompt');
  return loading ? null : <PasskeyPromptToggle {...props} />;
}

/** The email and phone code factors the tenant offers: `MfaCodeFactors` in the section. */
export function MfaSettingsCodeFactors(props: MfaCodeFactorsProps) {
  const { loading } = useMfaSettingsContext('CodeFactors');
  return loading ? null : <MfaCodeFactors {...props} />;
}

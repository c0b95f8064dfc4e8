/**
 * The passkeys section as parts (`Passkeys.Root`, `.Header`, `.Title`, `.Description`,
 * `.Content`, `.List`, `.Item`, `.ReadOnlyNote`, `.Add`), Radix-style: rearrange or replace
 * them and keep the behaviour. `PasskeyManager` is their usual composition. `Root` holds the state (the list query, the
 * registration flow, the field's level); the other parts read it and throw outside a `Root`.
 */
import { Fragment, createContext, useContext, useEffect, useId, useRef, useState } from 'react';
import type { ComponentProps, ReactNode, RefObject } from 'react';
import {
  useTenantConfig,
  useFeature,
  useMfaFactors,
  usePasskeyRegistration,
} from '@account-center/react';
import type { PasskeyRegistration } from '@account-center/react';
import { isMissingRoute } from '@account-center/client';
import { useSecurityI18n } from '../../i18n/area-i18n.js';
import type { I18n } from '../../i18n/create-i18n.js';
import { cx } from '../../lib/cx.js';
import { featureSectionParts } from '../../lib/feature-section-parts.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import { Section } from '../../primitives/card.js';
import type { SectionTitleProps } from '../../primitives/card.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { LoadFailed } from '../../primitives/load-failed.js';
import { Skeleton } from '../../primitives/skeleton.js';
import { BackupCodesOffer } from '../backup-codes/backup-codes-offer.js';
import {
  useIsLastMandatoryFactor,
  useShouldOfferBackupCodes,
} from '../backup-codes/mfa-helpers.js';
import { PasskeyItem, PasskeyNameForm } from './passkey-item.js';
import type { PasskeyFactor, PasskeyItemProps } from './passkey-item.js';

/** The user-facing message for a registration error (a dismissed prompt never gets here). */
function registrationMessage(i18n: I18n, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'webauthn_already_registered') return i18n.t('passkey.alreadyRegistered');
  if (code === 'webauthn_security_error') return i18n.t('passkey.unavailableHere');
  if (code === 'webauthn_failed') return i18n.t('passkey.failed');
  return i18n.formatError(error);
}

interface PasskeysContextValue {
  level: ReturnType<typeof useTenantConfig>['fields']['passkey']['value'];
  /** Settings or the list still loading. */
  loading: boolean;
  factors: ReturnType<typeof useMfaFactors>;
  passkeys: PasskeyFactor[];
  registration: PasskeyRegistration;
  /** `passkey` Edit and WebAuthn offered by the tenant. */
  canAdd: boolean;
  isLastFactor: (passkey: PasskeyFactor) => boolean;
  /** Add's click: step up first, else open the OS prompt straight away. */
  add: () => void;
  /** Cancel at the Create step (calls the section's `onCancel`). */
  cancelAdding: () => void;
  /** Step-up done: Create waits for its own click (iOS user activation). */
  confirmed: boolean;
  setConfirmed: (confirmed: boolean) => void;
  /** Backup codes offered after the first second factor. */
  offer: boolean;
  closeOffer: () => void;
  appName: string | undefined;
  addButtonRef: RefObject<HTMLButtonElement | null>;
  /** Set once a passkey is added: focus goes back to Add once that is rendered again. */
  returnFocusRef: RefObject<boolean>;
  onItemSuccess: (action: 'rename' | 'remove') => void;
}

const PasskeysContext = createContext<PasskeysContextValue | null>(null);

function usePasskeysContext(part: string): PasskeysContextValue {
  const context = useContext(PasskeysContext);
  if (!context) throw new Error(`<Passkeys.${part}> must be used inside <Passkeys.Root>.`);
  return context;
}

/** `Passkeys.Root`'s props (and `PasskeyManager`'s). */
export interface PasskeysRootProps extends ComponentProps<'section'> {
  /** Offer backup codes right after the user's first second factor is added (default `true`). */
  offerBackupCodes?: boolean;
  /** Names the backup-code download if it is offered; default the Logto endpoint's host. */
  appName?: string;
  /** A passkey was added (after naming). */
  onSuccess?: () => void;
  /**
   * Start adding on mount (deep entry: "Add a passkey" from a banner): step-up, then a Create
   * button with focus (the OS prompt needs the user's click, bar 25). Starts once adding is possible.
   */
  defaultOpen?: boolean;
  /**
   * The user cancelled adding: the identity check, the OS prompt or the Create step (e.g. to
   * navigate back after a deep entry).
   */
  onCancel?: () => void;
}

/**
 * The section (`<section>`, named by `Passkeys.Header`) and the state its parts share. The
 * registration options and the WebAuthn code load when it opens, so the OS prompt opens straight
 * from the click (bar 25). Follows the server's gates: adding needs `passkey` (else `mfa`) Edit,
 * the list needs `mfa` readable. Renders nothing when passkeys are Off.
 */
export function PasskeysRoot({
  offerBackupCodes = true,
  appName,
  onSuccess,
  defaultOpen = false,
  onCancel,
  className,
  children,
  ...props
}: PasskeysRootProps) {
  const { t } = useSecurityI18n();
  const announce = useAnnounce();
  const settings = useTenantConfig();
  const feature = useFeature('passkey');
  const factors = useMfaFactors();
  const isLastFactor = useIsLastMandatoryFactor();
  const shouldOffer = useShouldOfferBackupCodes();
  const [confirmed, setConfirmed] = useState(false);
  const [offer, setOffer] = useState(false);
  const offerOnDone = useRef(false);
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const returnFocusRef = useRef(false);
  const registration = usePasskeyRegistration({
    prepare: false,
    onSuccess: () => {
      announce(t('passkey.added'));
      setOffer(offerOnDone.current);
      registration.reset();
      returnFocusRef.current = true;
      onSuccess?.();
    },
    // A cancelled step-up or a dismissed OS prompt (errors stay on screen, and are not this).
    onCancel: () => onCancel?.(),
  });

  const level = settings.fields.passkey.value;
  const offered = settings.offeredMfaFactors.includes('WebAuthn');
  const canAdd = level === 'Edit' && offered;
  const { state, error, supported, prepare } = registration;

  // Options and the browser code load as soon as the section can add (bar 25).
  useEffect(() => {
    if (canAdd && supported && state === 'idle' && !error) void prepare();
  }, [canAdd, supported, state, error, prepare]);

  // Deep entry (`defaultOpen`): step up once, then offer Create; its click opens the OS prompt.
  const started = useRef(false);
  const canStart = defaultOpen && canAdd && supported && !settings.isLoading;
  const { verify } = registration;
  useEffect(() => {
    if (!canStart || started.current) return;
    started.current = true;
    offerOnDone.current = offerBackupCodes && shouldOffer;
    // Resolves at once when already verified.
    void verify().then(setConfirmed);
  }, [canStart, offerBackupCodes, shouldOffer, verify]);

  if (feature.status === 'hidden') return null;

  const loading = settings.isLoading || factors.isPending;
  const passkeys = (factors.data ?? []).filter(
    (factor): factor is PasskeyFactor => factor.type === 'WebAuthn',
  );

  const add = () => {
    offerOnDone.current = offerBackupCodes && shouldOffer;
    if (registration.verified) {
      // Straight from the click: no await before the OS prompt (iOS user activation).
      setConfirmed(false);
      registration.register();
      return;
    }
    // Step up first (bar 2); the prompt then opens from the Create click that follows.
    void registration.verify().then(setConfirmed);
  };

  const context: PasskeysContextValue = {
    level,
    loading,
    factors,
    passkeys,
    registration,
    canAdd,
    isLastFactor,
    add,
    confirmed,
    setConfirmed,
    cancelAdding: () => {
      setConfirmed(false);
      // Create is replaced by Add: focus goes to Add once it is rendered.
      returnFocusRef.current = true;
      onCancel?.();
    },
    offer,
    closeOffer: () => setOffer(false),
    appName,
    addButtonRef,
    returnFocusRef,
    // Fresh options: the old ones still exclude the removed credential.
    onItemSuccess: (action) => {
      if (action === 'remove' && state === 'ready') registration.reset();
    },
  };

  return (
    <PasskeysContext.Provider value={context}>
      <Section
        data-slot="passkey-manager"
        data-state={loading ? 'loading' : state}
        aria-busy={loading || undefined}
        className={cx('ac-mfa-section', className)}
        {...props}
      >
        {children}
      </Section>
    </PasskeysContext.Provider>
  );
}

export type PasskeysTitleProps = SectionTitleProps;

const headerParts = featureSectionParts({
  usePart: usePasskeysContext,
  title: 'passkey.title',
  description: 'passkey.description',
  contentClassName: 'ac-mfa-content',
  useI18n: useSecurityI18n,
});
/** The section's header; by default its title and description. */
export const PasskeysHeader = headerParts.Header;
/** The heading that names the section's region (`h2` unless `asChild`). */
export const PasskeysTitle = headerParts.Title;
/** Describes the section's region; by default the kit's sentence. */
export const PasskeysDescription = headerParts.Description;
/** The section's body. */
export const PasskeysContent = headerParts.Content;

/** `Passkeys.List`'s props: a `<ul>`'s, with a row function as `children`. */
export interface PasskeysListProps extends Omit<ComponentProps<'ul'>, 'children'> {
  /** One row per passkey (default `<Passkeys.Item passkey={passkey} />`); keyed by the kit. */
  children?: (passkey: PasskeyFactor) => ReactNode;
}

/**
 * The passkeys (`<ul>`, which takes `ref` and `className`), or in its place: a loading
 * placeholder, the load error with Retry, "no passkeys yet", or why the list can't be shown.
 */
export function PasskeysList({ children, className, ...props }: PasskeysListProps) {
  const { loading, factors, passkeys } = usePasskeysContext('List');
  const { t } = useSecurityI18n();
  if (loading) {
    return (
      <>
        <p className="ac-sr-only">{t('common.loading')}</p>
        <Skeleton className="ac-mfa-skeleton" />
      </>
    );
  }
  if (factors.isError) return <LoadFailed onRetry={() => void factors.refetch()} />;
  if (factors.data === null) {
    // `mfa` Off with `passkey` Edit: the server refuses the list but accepts a new passkey (§6.8).
    return <p className="ac-field-description">{t('passkey.listUnavailable')}</p>;
  }
  if (passkeys.length === 0) return <p className="ac-mfa-status">{t('passkey.none')}</p>;
  return (
    <ul
      data-slot="passkey-list"
      aria-label={t('passkey.listLabel')}
      className={cx('ac-mfa-list', className)}
      {...props}
    >
      {passkeys.map((passkey) =>
        children ? (
          <Fragment key={passkey.id}>{children(passkey)}</Fragment>
        ) : (
          <PasskeysItem key={passkey.id} passkey={passkey} />
        ),
      )}
    </ul>
  );
}

/** `Passkeys.Item`'s props: `PasskeyItem`'s, with `editable` and `lastFactor` from the section. */
export type PasskeysItemProps = PasskeyItemProps;

/**
 * One passkey (`<li>`) with Rename and Remove. `editable` and `lastFactor` default to the
 * section's; `children` (a node or a function of the formatted details) replaces the name and
 * dates.
 */
export function PasskeysItem({
  passkey,
  editable,
  lastFactor,
  onSuccess,
  ...props
}: PasskeysItemProps) {
  const context = usePasskeysContext('Item');
  return (
    <PasskeyItem
      passkey={passkey}
      editable={editable ?? context.level === 'Edit'}
      lastFactor={lastFactor ?? context.isLastFactor(passkey)}
      onSuccess={(action) => {
        context.onItemSuccess(action);
        onSuccess?.(action);
      }}
      {...props}
    />
  );
}

/** "Managed by your administrator." when passkeys are read-only; nothing otherwise. */
export function PasskeysReadOnlyNote({ className, children, ...props }: ComponentProps<'p'>) {
  const { level } = usePasskeysContext('ReadOnlyNote');
  const { t } = useSecurityI18n();
  if (level !== 'ReadOnly') return null;
  return (
    <p
      data-slot="passkey-read-only-note"
      className={cx('ac-field-description', className)}
      {...props}
    >
      {children ?? t('common.managedByAdmin')}
    </p>
  );
}

/**
 * Adding a passkey: the button (`<div>`, which takes `ref` and `className`), then step-up, the
 * OS prompt's Create, errors with Retry; then the naming form in its place (which takes
 * `className`), and afterwards the backup-code offer above it. Nothing when the user can't add
 * or the server has no registration route.
 */
export function PasskeysAdd({ className, ...props }: ComponentProps<'div'>) {
  const context = usePasskeysContext('Add');
  const {
    canAdd,
    loading,
    passkeys,
    registration,
    confirmed,
    setConfirmed,
    cancelAdding,
    addButtonRef,
    returnFocusRef,
  } = context;
  const i18n = useSecurityI18n();
  const { t } = i18n;
  const unsupportedId = useId();
  // Focus moves to Create once step-up is done (also after a deep entry's automatic start).
  const createButtonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmed) createButtonRef.current?.focus();
  }, [confirmed]);

  useEffect(() => {
    if (!returnFocusRef.current || !addButtonRef.current) return;
    returnFocusRef.current = false;
    addButtonRef.current.focus();
  });

  const { state, error, supported } = registration;
  const prepareFailed = state === 'idle' && !!error;
  const offer = context.offer && (
    <BackupCodesOffer
      {...(context.appName ? { appName: context.appName } : {})}
      onSuccess={context.closeOffer}
      onCancel={context.closeOffer}
    />
  );
  // An older Logto without the registration route: adding is not offered (nothing to retry).
  if (!canAdd || loading || isMissingRoute(error)) return offer || null;
  if (state === 'naming' || state === 'binding') {
    return (
      <>
        {offer}
        <PasskeyNameForm registration={registration} {...(className ? { className } : {})} />
      </>
    );
  }
  const message = error ? registrationMessage(i18n, error) : undefined;
  return (
    <>
      {offer}
      <div data-slot="passkey-add" className={cx('ac-passkey-add', className)} {...props}>
        {message && (
          <Alert variant="danger">
            <AlertDescription>{message}</AlertDescription>
            {state === 'idle' && (
              <Button size="sm" onClick={() => void registration.prepare()}>
                {t('common.retry')}
              </Button>
            )}
          </Alert>
        )}
        {!supported && (
          <p id={unsupportedId} className="ac-field-description">
            {t('passkey.notSupported')}
          </p>
        )}
        {confirmed && supported ? (
          <div className="ac-mfa-panel">
            <p className="ac-field-description">{t('passkey.continueDescription')}</p>
            <div className="ac-card-footer ac-mfa-panel-footer">
              <Button onClick={cancelAdding}>{t('common.cancel')}</Button>
              <Button
                ref={createButtonRef}
                variant="primary"
                pending={state !== 'ready'}
                onClick={() => {
                  setConfirmed(false);
                  registration.register();
                }}
              >
                {t('passkey.create')}
              </Button>
            </div>
          </div>
        ) : (
          <div className="ac-mfa-actions">
            <Button
              ref={addButtonRef}
              variant="primary"
              // Options failed to load: the alert above offers Retry instead.
              disabled={!supported || prepareFailed}
              aria-describedby={supported ? undefined : unsupportedId}
              pending={supported && !prepareFailed && state !== 'ready'}
              onClick={context.add}
            >
              {passkeys.length > 0 ? t('passkey.addAnother') : t('passkey.add')}
            </Button>
          </div>
        )}
      </div>
    </>
  );
}

/**
 * The passkeys section's parts, to rearrange or replace; `PasskeyManager` is the usual
 * composition.
 * @example
 * <Passkeys.Root>
 *   <Passkeys.Header />
 *   <Passkeys.Content>
 *     <Passkeys.Add />
 *     <Passkeys.List>{(passkey) => <Passkeys.Item passkey={passkey} />}</Passkeys.List>
 *   </Passkeys.Content>
 * </Passkeys.Root>
 */
export const Passkeys = {
  Root: PasskeysRoot,
  Header: PasskeysHeader,
  Title: PasskeysTitle,
  Description: PasskeysDescription,
  Content: PasskeysContent,
  List: PasskeysList,
  Item: PasskeysItem,
  ReadOnlyNote: PasskeysReadOnlyNote,
  Add: PasskeysAdd,
};

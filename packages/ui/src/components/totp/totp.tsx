/**
 * The authenticator-app section as parts (`Totp.Root`, `.Header`, `.Title`, `.Description`,
 * `.Content`, `.Status`, `.ReadOnlyNote`, `.LastFactorNote`, `.Actions`, `.Add`, `.Remove`,
 * `.SetupPanel`), Radix-style: rearrange or replace them and keep the behaviour. `TotpSetup` is
 * their usual composition. `Root` holds the state (the factor list, the setup flow, the field's
 * level); the other parts read it and throw outside a `Root`.
 */
import {
  Suspense,
  createContext,
  lazy,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import type { ComponentProps, FormEvent, ReactNode, RefObject } from 'react';
import {
  useFeature,
  useRemoveMfaFactor,
  useReverification,
  useMfaFactors,
  useMyAccount,
  useTotpSetup,
} from '@account-center/react';
import type { MfaVerification } from '@account-center/client';
import { accountLabel } from '@account-center/client/helpers';
import { isSilentError } from '../../i18n/create-i18n.js';
import { useSecurityI18n } from '../../i18n/area-i18n.js';
import { useComposedRefs } from '../../lib/compose-refs.js';
import { cx } from '../../lib/cx.js';
import { featureSectionParts } from '../../lib/feature-section-parts.js';
import { usePartRegistry, useRegisterPart } from '../../lib/use-part.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import { Section } from '../../primitives/card.js';
import type { SectionTitleProps } from '../../primitives/card.js';
import { CodeInput } from '../../primitives/code-input.js';
import { ConfirmDialog } from '../../primitives/confirm-dialog.js';
import { CopyButton } from '../../primitives/copy-button.js';
import { Field, FieldDescription, FieldError, FieldLabel } from '../../primitives/field.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { LoadFailed } from '../../primitives/load-failed.js';
import { Skeleton } from '../../primitives/skeleton.js';
import { BackupCodesOffer } from '../backup-codes/backup-codes-offer.js';
import {
  useAppName,
  useIsLastMandatoryFactor,
  useShouldOfferBackupCodes,
} from '../backup-codes/mfa-helpers.js';

/** Step-up before a flow starts (bar 2): nothing runs after it but the flow itself. */
const afterStepUp = () => Promise.resolve();

// `qrcode.react` is a lazy chunk, fetched when the user starts a setup (preloaded on that click).
let qrModule: Promise<typeof import('qrcode.react')> | undefined; // eslint-disable-line @typescript-eslint/consistent-type-imports
const loadQr = () => (qrModule ??= import('qrcode.react'));
const QRCodeSVG = lazy(() => loadQr().then((module) => ({ default: module.QRCodeSVG })));

/** Below this container width the key is shown first: you can't scan your own phone's screen. */
const NARROW_PX = 480;

/** The secret in groups of four, as authenticator apps print it ("ABCD EFGH …"). */
export function groupSecret(secret: string): string {
  return (
    secret
      .replace(/\s+/g, '')
      .match(/.{1,4}/g)
      ?.join(' ') ?? ''
  );
}

export interface TotpQrCodeProps extends ComponentProps<'div'> {
  /** The `otpauth://` URI. */
  uri: string;
  /** Pixels; default 176. */
  size?: number;
}

/** The QR code of an `otpauth://` URI (lazy `qrcode.react`), dark on light in every theme. */
export function TotpQrCode({ uri, size = 176, className, ...props }: TotpQrCodeProps) {
  const { t } = useSecurityI18n();
  return (
    <div data-slot="totp-qr" className={cx('ac-totp-qr', className)} {...props}>
      <Suspense fallback={<Skeleton className="ac-totp-qr-skeleton" />}>
        {/* The SVG is the image (`role="img"`), named by its `<title>`. */}
        <QRCodeSVG
          value={uri}
          size={size}
          title={t('totp.qrLabel')}
          bgColor="transparent"
          fgColor="currentColor"
        />
      </Suspense>
    </div>
  );
}

export interface TotpSecretKeyProps extends ComponentProps<'div'> {
  secret: string;
  /** The `otpauth://` URI, offered for copying too. */
  uri?: string;
}

/** The setup key grouped in fours, and the setup link, each with a Copy button. */
export function TotpSecretKey({ secret, uri, className, ...props }: TotpSecretKeyProps) {
  const { t } = useSecurityI18n();
  return (
    <div data-slot="totp-secret" className={cx('ac-totp-secret', className)} {...props}>
      <p className="ac-label">{t('totp.secretKey')}</p>
      <div className="ac-totp-value">
        <code data-slot="totp-secret-value" className="ac-totp-key">
          {groupSecret(secret)}
        </code>
        <CopyButton value={secret} label={t('totp.secretKey')} />
      </div>
      {uri && (
        <>
          <p className="ac-label">{t('totp.setupUri')}</p>
          <div className="ac-totp-value">
            <code data-slot="totp-uri" className="ac-totp-uri">
              {uri}
            </code>
            <CopyButton value={uri} label={t('totp.setupUri')} />
          </div>
        </>
      )}
    </div>
  );
}

/** The user's authenticator app, as the factor list reports it. */
export type TotpFactor = Extract<MfaVerification, { type: 'Totp' }>;

interface TotpContextValue {
  /** What the body shows: the placeholder, the load error, the setup in progress, or the rest. */
  view: 'loading' | 'error' | 'setup' | 'idle';
  factors: ReturnType<typeof useMfaFactors>;
  /** The bound authenticator, if any. */
  existing: TotpFactor | undefined;
  /** `mfa` Edit and TOTP offered. */
  canEdit: boolean;
  /** Removing it would leave a mandatory policy without a second factor. */
  lastFactor: boolean;
  lastFactorId: string;
  /** `Totp.LastFactorNote` is rendered (Remove points `aria-describedby` at it). */
  hasLastFactorNote: boolean;
  registerLastFactorNote: () => () => void;
  totp: ReturnType<typeof useTotpSetup>;
  appName: string;
  label: string;
  defaultView: 'qr' | 'key' | undefined;
  /** Add's and Replace's click: step up, then the setup. */
  start: () => Promise<void>;
  /** Cancel in the setup. */
  cancel: () => void;
  startError: unknown;
  /** Backup codes offered after the first second factor. */
  offer: boolean;
  closeOffer: () => void;
  issuer: string | undefined;
  remove: ReturnType<typeof useRemoveMfaFactor>;
  triggerRef: RefObject<HTMLButtonElement | null>;
}

const TotpContext = createContext<TotpContextValue | null>(null);

function useTotpContext(part: string): TotpContextValue {
  const context = useContext(TotpContext);
  if (!context) throw new Error(`<Totp.${part}> must be used inside <Totp.Root>.`);
  return context;
}

/** `Totp.Root`'s props (and `TotpSetup`'s). */
export interface TotpRootProps extends ComponentProps<'section'> {
  /** Issuer in the authenticator app; default the Logto endpoint's host. */
  issuer?: string;
  /** Account label in the app; default the user's email, username or phone. */
  account?: string;
  /** Which view opens first; default by container width (narrow: key, wide: QR). */
  defaultView?: 'qr' | 'key';
  /** Offer backup codes right after the first second factor is set up (default `true`). */
  offerBackupCodes?: boolean;
  /** The authenticator app was set up or replaced. */
  onSuccess?: () => void;
  /**
   * Start the setup on mount (deep entry: "Set up two-step" from a checklist): step-up, then the
   * QR code or key with focus on the code field. Starts once the factors are read and TOTP is editable.
   */
  defaultOpen?: boolean;
  /** The user cancelled the setup or its identity check (e.g. to navigate back after a deep entry). */
  onCancel?: () => void;
}

/**
 * The section (`<section>`, named by `Totp.Header`) and the state its parts share: the factor
 * list, the setup flow, the field's level. Renders nothing when the `mfa` field is Off or TOTP
 * is not enabled for the tenant.
 */
export function TotpRoot({
  issuer,
  account,
  defaultView,
  offerBackupCodes = true,
  onSuccess,
  defaultOpen = false,
  onCancel,
  className,
  children,
  ...props
}: TotpRootProps) {
  const { t } = useSecurityI18n();
  const announce = useAnnounce();
  const feature = useFeature('totp');
  const stepUp = useReverification(afterStepUp);
  const factors = useMfaFactors();
  const me = useMyAccount();
  const appName = useAppName(issuer);
  const label = account ?? accountLabel(me.data) ?? '';
  const [open, setOpen] = useState(false);
  const [offer, setOffer] = useState(false);
  const [offerOnDone, setOfferOnDone] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const [replacing, setReplacing] = useState(false);
  // Set when the panel closes: focus goes back to its button once that is rendered again.
  const returnFocus = useRef(false);
  const totp = useTotpSetup({
    issuer: appName,
    ...(label ? { account: label } : {}),
    onSuccess: () => {
      setOpen(false);
      setOffer(offerOnDone);
      announce(t(replacing ? 'totp.replaced' : 'totp.added'));
      totp.reset();
      returnFocus.current = true;
      onSuccess?.();
    },
  });
  const remove = useRemoveMfaFactor();
  const isLastFactor = useIsLastMandatoryFactor();
  const shouldOffer = useShouldOfferBackupCodes();
  const [startError, setStartError] = useState<unknown>(null);
  const lastFactorId = useId();
  const [hasLastFactorNote, registerLastFactorNote] = usePartRegistry();
  useEffect(() => {
    if (!returnFocus.current || open || !trigger.current) return;
    returnFocus.current = false;
    trigger.current.focus();
  });

  const start = async () => {
    setStartError(null);
    void loadQr();
    setOfferOnDone(offerBackupCodes && shouldOffer);
    setReplacing(totp.replacing);
    try {
      // Step up before showing a secret (bar 2): the user is not stopped after scanning.
      await stepUp();
      setOpen(true);
      await totp.start();
    } catch (caught) {
      if (!isSilentError(caught)) setStartError(caught);
      else onCancel?.();
    }
  };
  const cancel = () => {
    totp.reset();
    setOpen(false);
    // The button is not on the page while the panel is open: focus it once it is back.
    returnFocus.current = true;
    onCancel?.();
  };

  // Deep entry (`defaultOpen`): starts once, as Add would, when the user may set it up.
  const started = useRef(false);
  const canStart = defaultOpen && feature.status === 'editable';
  useEffect(() => {
    if (!canStart || started.current) return;
    started.current = true;
    void start();
  });

  if (feature.status === 'hidden') return null;
  const loading = feature.status === 'loading';
  const existing = factors.data?.find((factor): factor is TotpFactor => factor.type === 'Totp');

  const context: TotpContextValue = {
    view: loading ? 'loading' : factors.isError ? 'error' : open ? 'setup' : 'idle',
    factors,
    existing,
    canEdit: feature.status === 'editable',
    lastFactor: !!existing && isLastFactor(existing),
    lastFactorId,
    hasLastFactorNote,
    registerLastFactorNote,
    totp,
    appName,
    label,
    defaultView,
    start,
    cancel,
    startError,
    offer,
    closeOffer: () => setOffer(false),
    issuer,
    remove,
    triggerRef: trigger,
  };

  return (
    <TotpContext.Provider value={context}>
      <Section
        data-slot="totp-setup"
        data-state={loading ? 'loading' : open ? totp.state : existing ? 'configured' : 'empty'}
        aria-busy={loading || undefined}
        className={cx('ac-mfa-section', className)}
        {...props}
      >
        {children}
      </Section>
    </TotpContext.Provider>
  );
}

export type TotpTitleProps = SectionTitleProps;

const headerParts = featureSectionParts({
  usePart: useTotpContext,
  title: 'totp.title',
  description: 'totp.description',
  contentClassName: 'ac-mfa-content',
  useI18n: useSecurityI18n,
});
/** The section's header; by default its title and description. */
export const TotpHeader = headerParts.Header;
/** The heading that names the section's region (`h2` unless `asChild`). */
export const TotpTitle = headerParts.Title;
/** Describes the section's region; by default the kit's sentence. */
export const TotpDescription = headerParts.Description;
/** The section's body. */
export const TotpContent = headerParts.Content;

/** What `Totp.Status`'s function children get. */
export interface TotpStatusDetails {
  /** The bound authenticator, if any. */
  factor: TotpFactor | undefined;
  /** When it was added, formatted for the user's locale. */
  added: string | undefined;
}

/** `Totp.Status`'s props: a `<p>`'s, with nodes or a function of the details as `children`. */
export interface TotpStatusProps extends Omit<ComponentProps<'p'>, 'children'> {
  /** Replaces "Added {date}" / "Not set up". */
  children?: ReactNode | ((details: TotpStatusDetails) => ReactNode);
}

/**
 * Whether an authenticator app is bound and since when (`<p>`, which takes `ref` and
 * `className`), or in its place: a loading placeholder or the load error with Retry. Nothing
 * during a setup.
 */
export function TotpStatus({ className, children, ...props }: TotpStatusProps) {
  const { view, factors, existing } = useTotpContext('Status');
  const { t, formatDate } = useSecurityI18n();
  if (view === 'loading') {
    return (
      <>
        <p className="ac-sr-only">{t('common.loading')}</p>
        <Skeleton className="ac-mfa-skeleton" />
      </>
    );
  }
  if (view === 'error') return <LoadFailed onRetry={() => void factors.refetch()} />;
  if (view !== 'idle') return null;
  const added = existing && formatDate(existing.createdAt);
  return (
    <p data-slot="totp-status" className={cx('ac-mfa-status', className)} {...props}>
      {typeof children === 'function'
        ? children({ factor: existing, added })
        : (children ?? (added ? t('totp.configured', { date: added }) : t('totp.notConfigured')))}
    </p>
  );
}

/** "Managed by your administrator." when TOTP is read-only; nothing otherwise. */
export function TotpReadOnlyNote({ className, children, ...props }: ComponentProps<'p'>) {
  const { view, canEdit } = useTotpContext('ReadOnlyNote');
  const { t } = useSecurityI18n();
  if (view !== 'idle' || canEdit) return null;
  return (
    <p data-slot="totp-read-only-note" className={cx('ac-field-description', className)} {...props}>
      {children ?? t('common.managedByAdmin')}
    </p>
  );
}

/**
 * Why Remove is disabled: two-step verification is mandatory and this is the user's last method
 * (`<p>`, which Remove's `aria-describedby` points at while it is rendered). Nothing otherwise.
 */
export function TotpLastFactorNote({ className, children, ...props }: ComponentProps<'p'>) {
  const { view, canEdit, lastFactor, lastFactorId, registerLastFactorNote } =
    useTotpContext('LastFactorNote');
  const { t } = useSecurityI18n();
  const shown = view === 'idle' && canEdit && lastFactor;
  useRegisterPart(registerLastFactorNote, shown);
  if (!shown) return null;
  return (
    <p
      id={lastFactorId}
      data-slot="totp-last-factor-note"
      className={cx('ac-field-description', className)}
      {...props}
    >
      {children ?? t('totp.lastFactor')}
    </p>
  );
}

/**
 * The actions (`<div>`, which takes `ref` and `className`), by default `Totp.Add` and
 * `Totp.Remove`; only when the user may edit. Above it: why a setup could not start, and after
 * a first set-up, the backup-code offer. Nothing while loading or during a setup.
 */
export function TotpActions({ className, children, ...props }: ComponentProps<'div'>) {
  const { view, canEdit, startError, offer, closeOffer, issuer } = useTotpContext('Actions');
  const { formatError } = useSecurityI18n();
  if (view !== 'idle') return null;
  return (
    <>
      {startError !== null && (
        <Alert variant="danger">
          <AlertDescription>{formatError(startError)}</AlertDescription>
        </Alert>
      )}
      {offer && (
        <BackupCodesOffer
          {...(issuer ? { appName: issuer } : {})}
          onSuccess={closeOffer}
          onCancel={closeOffer}
        />
      )}
      {canEdit && (
        <div data-slot="totp-actions" className={cx('ac-mfa-actions', className)} {...props}>
          {children ?? (
            <>
              <TotpAdd />
              <TotpRemove />
            </>
          )}
        </div>
      )}
    </>
  );
}

/** `Totp.Add`'s and `Totp.Remove`'s props: a `<button>`'s, `ref` included. */
export type TotpButtonProps = ComponentProps<'button'>;

/**
 * "Set up authenticator app", or "Replace authenticator app" once one is bound: step-up, then
 * the setup in `Totp.SetupPanel`. Focus comes back here when the setup closes. Nothing when the
 * user can't edit.
 */
export function TotpAdd({ ref, onClick, children, ...props }: TotpButtonProps) {
  const { view, canEdit, existing, totp, start, triggerRef } = useTotpContext('Add');
  const { t } = useSecurityI18n();
  const buttonRef = useComposedRefs(triggerRef, ref);
  if (view !== 'idle' || !canEdit) return null;
  return (
    <Button
      ref={buttonRef}
      data-slot="totp-add"
      variant={existing ? 'secondary' : 'primary'}
      pending={totp.state === 'generating'}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) void start();
      }}
      {...props}
    >
      {children ?? (existing ? t('totp.replace') : t('totp.add'))}
    </Button>
  );
}

/**
 * "Remove authenticator app" with its confirmation (the button takes `ref` and `className`);
 * disabled when it is the last method under a mandatory policy. Nothing when none is bound or
 * the user can't edit.
 */
export function TotpRemove({ children, ...props }: TotpButtonProps) {
  const context = useTotpContext('Remove');
  const { view, canEdit, existing, lastFactor, remove } = context;
  const { t } = useSecurityI18n();
  const announce = useAnnounce();
  if (view !== 'idle' || !canEdit || !existing) return null;
  const describedBy = lastFactor && context.hasLastFactorNote ? context.lastFactorId : undefined;
  return (
    <ConfirmDialog
      trigger={
        <Button
          data-slot="totp-remove"
          variant="danger"
          disabled={lastFactor}
          aria-describedby={describedBy}
          {...props}
        >
          {children ?? t('totp.remove')}
        </Button>
      }
      title={t('totp.removeTitle')}
      description={t('totp.removeDescription')}
      confirmLabel={t('common.remove')}
      onConfirm={async () => {
        await remove.mutateAsync(existing);
        announce(t('totp.removed'));
      }}
    />
  );
}

/** `Totp.SetupPanel`'s props: a `<div>`'s. */
export type TotpSetupPanelProps = ComponentProps<'div'>;

/**
 * The setup in progress (`<div>`, which takes `ref` and `className`): the QR code or the key
 * (with a switch), how the app will list it, then the 6-digit code, Cancel and Turn on; a
 * placeholder or the error with Retry while the secret loads. Nothing outside a setup.
 */
export function TotpSetupPanel(props: TotpSetupPanelProps) {
  const { view, totp, appName, label, defaultView, cancel } = useTotpContext('SetupPanel');
  if (view !== 'setup') return null;
  return (
    <SetupFlow
      totp={totp}
      issuer={appName}
      account={label}
      defaultView={defaultView}
      onCancel={cancel}
      {...props}
    />
  );
}

interface SetupFlowProps extends ComponentProps<'div'> {
  totp: ReturnType<typeof useTotpSetup>;
  issuer: string;
  account: string;
  defaultView: 'qr' | 'key' | undefined;
  onCancel: () => void;
}

/** Step 1 (QR or key, with a switch) and step 2 (the code) of a setup, in place. */
function SetupFlow({
  totp,
  issuer,
  account,
  defaultView,
  onCancel,
  ref,
  className,
  ...props
}: SetupFlowProps) {
  const { t, formatError } = useSecurityI18n();
  const panel = useRef<HTMLDivElement>(null);
  const panelRef = useComposedRefs(panel, ref);
  const codeInput = useRef<HTMLInputElement>(null);
  const [view, setView] = useState(defaultView);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string>();
  const wrongCode = totp.state === 'ready' && totp.error?.code === 'session.mfa.invalid_totp_code';
  const [seenError, setSeenError] = useState(totp.error);
  // A wrong code clears the field (bar 11), in the render that sees the new error.
  if (seenError !== totp.error) {
    setSeenError(totp.error);
    if (wrongCode) setCode('');
  }
  const shownCodeError = codeError ?? (wrongCode && !code ? formatError(totp.error) : undefined);

  // Default view by container width, measured once before paint (bar 28).
  useLayoutEffect(() => {
    if (view === undefined && panel.current) {
      setView(panel.current.offsetWidth < NARROW_PX ? 'key' : 'qr');
    }
  }, [view]);

  // …and puts focus back at its start.
  useEffect(() => {
    if (wrongCode) codeInput.current?.focus();
  }, [wrongCode, totp.error]);

  const submit = (value: string) => {
    if (value.length !== 6) {
      setCodeError(t('totp.codeRequired'));
      codeInput.current?.focus();
      return;
    }
    setCodeError(undefined);
    void totp.confirm(value);
  };

  if (totp.state === 'idle' || totp.state === 'generating' || !totp.secret || !totp.uri) {
    return (
      <div
        ref={panelRef}
        data-slot="totp-setup-panel"
        className={cx('ac-mfa-panel', className)}
        aria-busy={totp.state !== 'idle' || undefined}
        {...props}
      >
        {totp.error ? (
          <Alert variant="danger">
            <AlertDescription>{formatError(totp.error)}</AlertDescription>
            <Button size="sm" onClick={() => void totp.start()}>
              {t('common.retry')}
            </Button>
          </Alert>
        ) : (
          <>
            <p className="ac-sr-only">{t('common.loading')}</p>
            <Skeleton className="ac-totp-qr-skeleton" />
          </>
        )}
        <div className="ac-card-footer ac-mfa-panel-footer">
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
        </div>
      </div>
    );
  }

  const otherError =
    totp.error && totp.error.code !== 'session.mfa.invalid_totp_code' ? totp.error : null;
  return (
    <div
      ref={panelRef}
      data-slot="totp-setup-panel"
      data-view={view}
      className={cx('ac-mfa-panel ac-totp-panel', className)}
      {...props}
    >
      {view === 'key' ? (
        <div data-slot="totp-key-view" className="ac-totp-view">
          <p className="ac-mfa-panel-title">{t('totp.keyTitle')}</p>
          <p className="ac-field-description">{t('totp.keyDescription')}</p>
          <TotpSecretKey secret={totp.secret} uri={totp.uri} />
        </div>
      ) : (
        <div data-slot="totp-qr-view" className="ac-totp-view">
          <p className="ac-mfa-panel-title">{t('totp.scanTitle')}</p>
          <p className="ac-field-description">{t('totp.scanDescription')}</p>
          <TotpQrCode uri={totp.uri} />
        </div>
      )}
      <p className="ac-field-description">{t('totp.appearsAs', { issuer, account })}</p>
      <Button
        variant="ghost"
        size="sm"
        className="ac-totp-switch"
        onClick={() => setView(view === 'key' ? 'qr' : 'key')}
      >
        {view === 'key' ? t('totp.showQr') : t('totp.showKey')}
      </Button>
      <form
        noValidate
        className="ac-totp-form"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          submit(code);
        }}
      >
        <Field>
          <FieldLabel>{t('totp.codeLabel')}</FieldLabel>
          <CodeInput
            ref={codeInput}
            readOnly={totp.state === 'binding'}
            value={code}
            onValueChange={(value) => {
              setCode(value);
              if (codeError) setCodeError(undefined);
            }}
            onComplete={submit}
          />
          <FieldDescription>{t('totp.codeDescription')}</FieldDescription>
          <FieldError>{shownCodeError}</FieldError>
        </Field>
        {otherError && (
          <Alert variant="danger">
            <AlertDescription>{formatError(otherError)}</AlertDescription>
          </Alert>
        )}
        <div className="ac-card-footer ac-mfa-panel-footer">
          <Button onClick={onCancel} disabled={totp.state === 'binding'}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="primary" pending={totp.state === 'binding'}>
            {t('totp.turnOn')}
          </Button>
        </div>
      </form>
    </div>
  );
}

/**
 * The authenticator-app section's parts, to rearrange or replace; `TotpSetup` is the usual
 * composition.
 * @example
 * <Totp.Root>
 *   <Totp.Header />
 *   <Totp.Content>
 *     <Totp.Status />
 *     <Totp.Actions />
 *     <Totp.SetupPanel />
 *     <Totp.ReadOnlyNote />
 *   </Totp.Content>
 * </Totp.Root>
 */
export const Totp = {
  Root: TotpRoot,
  Header: TotpHeader,
  Title: TotpTitle,
  Description: TotpDescription,
  Content: TotpContent,
  Status: TotpStatus,
  ReadOnlyNote: TotpReadOnlyNote,
  LastFactorNote: TotpLastFactorNote,
  Actions: TotpActions,
  Add: TotpAdd,
  Remove: TotpRemove,
  SetupPanel: TotpSetupPanel,
};

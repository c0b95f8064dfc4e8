import { Suspense, lazy, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { ComponentProps, FormEvent } from 'react';
import {
  useFeature,
  useRemoveMfaFactor,
  useReverification,
  useMfaFactors,
  useMyAccount,
  useTotpSetup,
} from '@account-center/react';
import { accountLabel } from '@account-center/client/helpers';
import { isSilentError } from '../../i18n/create-i18n.js';
import { useSecurityI18n } from '../../i18n/security-i18n.js';
import { cx } from '../../lib/cx.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import {
  Section,
  SectionContent,
  SectionDescription,
  SectionHeader,
  SectionTitle,
} from '../../primitives/card.js';
import { CodeInput } from '../../primitives/code-input.js';
import { ConfirmDialog } from '../../primitives/confirm-dialog.js';
import { CopyButton } from '../../primitives/copy-button.js';
import { Field, FieldDescription, FieldError, FieldLabel } from '../../primitives/field.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { LoadFailed } from '../../primitives/load-failed.js';
import { Skeleton } from '../../primitives/skeleton.js';
import { BackupCodesOffer } from '../backup-codes/backup-codes.js';
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

export interface TotpSetupProps extends ComponentProps<'section'> {
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
 * The authenticator-app section: set up (QR or key, then a 6-digit code), replace and remove.
 * Not rendered when the `mfa` field is Off or TOTP is not enabled for the tenant.
 */
export function TotpSetup({
  issuer,
  account,
  defaultView,
  offerBackupCodes = true,
  onSuccess,
  defaultOpen = false,
  onCancel,
  className,
  ...props
}: TotpSetupProps) {
  const { t, formatError, formatDate } = useSecurityI18n();
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
    trigger.current?.focus();
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

  const existing = factors.data?.find((factor) => factor.type === 'Totp');
  const canEdit = feature.status === 'editable';

  let content;
  if (loading) {
    content = (
      <>
        <p className="ac-sr-only">{t('common.loading')}</p>
        <Skeleton className="ac-mfa-skeleton" />
      </>
    );
  } else if (factors.isError) {
    content = <LoadFailed onRetry={() => void factors.refetch()} />;
  } else if (open) {
    content = (
      <TotpSetupPanel
        totp={totp}
        issuer={appName}
        account={label}
        defaultView={defaultView}
        onCancel={cancel}
      />
    );
  } else {
    const lastFactor = !!existing && isLastFactor(existing);
    content = (
      <>
        <p className="ac-mfa-status">
          {existing
            ? t('totp.configured', { date: formatDate(existing.createdAt) })
            : t('totp.notConfigured')}
        </p>
        {!canEdit && <p className="ac-field-description">{t('common.managedByAdmin')}</p>}
        {lastFactor && canEdit && (
          <p id={lastFactorId} className="ac-field-description">
            {t('totp.lastFactor')}
          </p>
        )}
        {startError !== null && (
          <Alert variant="danger">
            <AlertDescription>{formatError(startError)}</AlertDescription>
          </Alert>
        )}
        {offer && (
          <BackupCodesOffer
            {...(issuer ? { appName: issuer } : {})}
            onSuccess={() => setOffer(false)}
            onCancel={() => setOffer(false)}
          />
        )}
        {canEdit && (
          <div className="ac-mfa-actions">
            <Button
              ref={trigger}
              variant={existing ? 'secondary' : 'primary'}
              pending={totp.state === 'generating'}
              onClick={() => void start()}
            >
              {existing ? t('totp.replace') : t('totp.add')}
            </Button>
            {existing && (
              <ConfirmDialog
                trigger={
                  <Button
                    variant="danger"
                    disabled={lastFactor}
                    aria-describedby={lastFactor ? lastFactorId : undefined}
                  >
                    {t('totp.remove')}
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
            )}
          </div>
        )}
      </>
    );
  }

  return (
    <Section
      data-slot="totp-setup"
      data-state={loading ? 'loading' : open ? totp.state : existing ? 'configured' : 'empty'}
      aria-busy={loading || undefined}
      className={cx('ac-mfa-section', className)}
      {...props}
    >
      <SectionHeader>
        <SectionTitle>{t('totp.title')}</SectionTitle>
        <SectionDescription>{t('totp.description')}</SectionDescription>
      </SectionHeader>
      <SectionContent className="ac-mfa-content">{content}</SectionContent>
    </Section>
  );
}

interface TotpSetupPanelProps {
  totp: ReturnType<typeof useTotpSetup>;
  issuer: string;
  account: string;
  defaultView: 'qr' | 'key' | undefined;
  onCancel: () => void;
}

/** Step 1 (QR or key, with a switch) and step 2 (the code) of a setup, in place. */
function TotpSetupPanel({ totp, issuer, account, defaultView, onCancel }: TotpSetupPanelProps) {
  const { t, formatError } = useSecurityI18n();
  const panel = useRef<HTMLDivElement>(null);
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
      <div ref={panel} className="ac-mfa-panel" aria-busy={totp.state !== 'idle' || undefined}>
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
      ref={panel}
      data-slot="totp-setup-panel"
      data-view={view}
      className="ac-mfa-panel ac-totp-panel"
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

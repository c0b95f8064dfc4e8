/**
 * The backup-codes section as parts (`BackupCodes.Root`, `.Header`, `.Title`, `.Description`,
 * `.Content`, `.Status`, `.OtherFactorNote`, `.ReadOnlyNote`, `.List`, `.Actions`, `.Show`,
 * `.Generate`, `.SetupPanel`), Radix-style: rearrange or replace them and keep the behaviour.
 * `<BackupCodes/>` is their usual composition and carries them as properties. `Root` holds the
 * state (the factor list, the stored set, the generate flow, the field's level); the other parts
 * read it and throw outside a `Root`. Also `BackupCodesOffer`, offered after a first second factor.
 */
import { createContext, useContext, useEffect, useId, useRef, useState } from 'react';
import type { ComponentProps, ReactNode } from 'react';
import {
  useFeature,
  useReverification,
  useBackupCodes,
  useInterruptedBackupCodes,
  useMfaFactors,
} from '@account-center/react';
import type { BackupCodes as StoredCodes, MfaVerification } from '@account-center/client';
import { isSecondFactor } from '@account-center/client/helpers';
import { isSilentError } from '../../i18n/create-i18n.js';
import { useSecurityI18n } from '../../i18n/area-i18n.js';
import { cx } from '../../lib/cx.js';
import { featureSectionParts } from '../../lib/feature-section-parts.js';
import { usePartRegistry, useRegisterPart } from '../../lib/use-part.js';
import { Alert, AlertDescription, AlertTitle } from '../../primitives/alert.js';
import { Badge } from '../../primitives/badge.js';
import { Button } from '../../primitives/button.js';
import { Section } from '../../primitives/card.js';
import type { SectionTitleProps } from '../../primitives/card.js';
import { ConfirmDialog } from '../../primitives/confirm-dialog.js';
import { LoadFailed } from '../../primitives/load-failed.js';
import { Skeleton } from '../../primitives/skeleton.js';
import { BackupCodeActions, BackupCodeDownload, BackupCodeList } from './backup-code-download.js';
import type { BackupCodeListProps } from './backup-code-download.js';

// Its own module: the passkeys and TOTP sections offer codes without the section's parts.
export { BackupCodesOffer } from './backup-codes-offer.js';
export type { BackupCodesOfferProps } from './backup-codes-offer.js';

/** Step-up before a flow starts (bar 2): nothing runs after it but the flow itself. */
const afterStepUp = () => Promise.resolve();

/** Warn when this many unused codes or fewer remain (bar 31). */
const LOW_CODES = 2;

type BackupCodeFactor = Extract<MfaVerification, { type: 'BackupCode' }>;

interface BackupCodesContextValue {
  /** What the body shows: the placeholder, the load error, the new set being saved, or the rest. */
  view: 'loading' | 'error' | 'setup' | 'idle';
  factors: ReturnType<typeof useMfaFactors>;
  /** The current set (the one with unused codes, else the last). */
  entry: BackupCodeFactor | undefined;
  remaining: number;
  /** The user has another second factor (backup codes can't be the only one). */
  hasOther: boolean;
  /** `mfa` Edit and backup codes offered. */
  canEdit: boolean;
  /** The stored set is shown. */
  viewing: boolean;
  stored: ReturnType<typeof useBackupCodes<StoredCodes>>;
  interrupted: ReturnType<typeof useInterruptedBackupCodes>;
  error: unknown;
  /** Step up, then the new set. */
  startSetup: () => Promise<void>;
  /** Regenerate's confirmation: step up, then the new set. */
  confirmRegenerate: () => Promise<void>;
  /** Show or hide the stored set (step-up first when it is locked). */
  toggleView: () => Promise<void>;
  closeSetup: (saved: boolean) => void;
  defaultOpen: boolean;
  appName: string | undefined;
  reasonId: string;
  /** `BackupCodes.OtherFactorNote` is rendered (Generate points `aria-describedby` at it). */
  hasReason: boolean;
  registerReason: () => () => void;
}

const BackupCodesContext = createContext<BackupCodesContextValue | null>(null);

function useBackupCodesContext(part: string): BackupCodesContextValue {
  const context = useContext(BackupCodesContext);
  if (!context) throw new Error(`<BackupCodes.${part}> must be used inside <BackupCodes.Root>.`);
  return context;
}

/** `BackupCodes.Root`'s props (and `<BackupCodes/>`'s). */
export interface BackupCodesRootProps extends ComponentProps<'section'> {
  /** Names the download, its heading and the printout; default the Logto endpoint's host. */
  appName?: string;
  /**
   * Start generating on mount (deep entry: "Save backup codes" from a checklist): step-up, then
   * the new codes. Needs another second factor first; without one, an alert says so.
   */
  defaultOpen?: boolean;
  /** New codes were generated and saved. */
  onSuccess?: () => void;
  /** The user cancelled generating or its identity check (e.g. to navigate back). */
  onCancel?: () => void;
}

/**
 * The section (`<section>`, named by `BackupCodes.Header`) and the state its parts share: the
 * factor list, the stored set, the generate flow, the field's level. Renders nothing when the
 * `mfa` field is Off or backup codes are not enabled for the tenant.
 */
export function BackupCodesRoot({
  appName,
  defaultOpen = false,
  onSuccess,
  onCancel,
  className,
  children,
  ...props
}: BackupCodesRootProps) {
  const feature = useFeature('backupCodes');
  const stepUp = useReverification(afterStepUp);
  const factors = useMfaFactors();
  const interrupted = useInterruptedBackupCodes();
  const [mode, setMode] = useState<'idle' | 'setup' | 'view'>('idle');
  const [error, setError] = useState<unknown>(null);
  const stored = useBackupCodes({ enabled: mode === 'view' });
  const reasonId = useId();
  const [hasReason, registerReason] = usePartRegistry();

  /** Step up before the flow starts (bar 2), so the user is not stopped after saving the codes. */
  const startSetup = async () => {
    setError(null);
    try {
      await stepUp();
      setMode('setup');
    } catch (caught) {
      if (!isSilentError(caught)) setError(caught);
      else onCancel?.();
    }
  };
  // Deep entry (`defaultOpen`): starts once, as Generate would, when the user may generate. A
  // set with unused codes is not replaced unasked: regenerating stays behind its confirmation.
  const hasOther = (factors.data ?? []).some(isSecondFactor);
  const hasUnused = (factors.data ?? []).some(
    (factor) => factor.type === 'BackupCode' && factor.remainCodes > 0,
  );
  const started = useRef(false);
  const canStart = defaultOpen && feature.status === 'editable' && hasOther && !hasUnused;
  useEffect(() => {
    if (!canStart || started.current) return;
    started.current = true;
    void startSetup();
  });

  if (feature.status === 'hidden') return null;
  const loading = feature.status === 'loading';

  const entries = (factors.data ?? []).filter(
    (factor): factor is BackupCodeFactor => factor.type === 'BackupCode',
  );
  const entry = entries.find((factor) => factor.remainCodes > 0) ?? entries.at(-1);
  const remaining = entry?.remainCodes ?? 0;

  const toggleView = async () => {
    setError(null);
    if (mode === 'view') return setMode('idle');
    try {
      if (stored.locked && !(await stored.unlock())) return;
      setMode('view');
    } catch (caught) {
      if (!isSilentError(caught)) setError(caught);
    }
  };

  const view = loading
    ? 'loading'
    : factors.isError
      ? 'error'
      : mode === 'setup'
        ? 'setup'
        : 'idle';
  const context: BackupCodesContextValue = {
    view,
    factors,
    entry,
    remaining,
    hasOther,
    canEdit: feature.status === 'editable',
    viewing: mode === 'view',
    stored,
    interrupted,
    error,
    startSetup,
    confirmRegenerate: async () => {
      await stepUp();
      setMode('setup');
    },
    toggleView,
    closeSetup: (saved) => {
      setMode('idle');
      if (saved) onSuccess?.();
      else onCancel?.();
    },
    defaultOpen,
    appName,
    reasonId,
    hasReason,
    registerReason,
  };

  return (
    <BackupCodesContext.Provider value={context}>
      <Section
        data-slot="backup-codes"
        data-state={
          view === 'idle'
            ? !entry || remaining === 0
              ? 'empty'
              : mode === 'view'
                ? 'viewing'
                : 'ready'
            : view
        }
        aria-busy={loading || undefined}
        className={cx('ac-mfa-section', className)}
        {...props}
      >
        {children}
      </Section>
    </BackupCodesContext.Provider>
  );
}

export type BackupCodesTitleProps = SectionTitleProps;

const headerParts = featureSectionParts({
  usePart: useBackupCodesContext,
  title: 'backupCodes.title',
  description: 'backupCodes.description',
  contentClassName: 'ac-mfa-content',
  useI18n: useSecurityI18n,
});
/** The section's header; by default its title and description. */
export const BackupCodesHeader = headerParts.Header;
/** The heading that names the section's region (`h2` unless `asChild`). */
export const BackupCodesTitle = headerParts.Title;
/** Describes the section's region; by default the kit's sentence. */
export const BackupCodesDescription = headerParts.Description;
/** The section's body. */
export const BackupCodesContent = headerParts.Content;

/** What `BackupCodes.Status`'s function children get. */
export interface BackupCodesStatusDetails {
  /** Unused codes left (0 when none were ever generated). */
  remaining: number;
  /** A set was generated (its codes may all be used). */
  generated: boolean;
}

/** `BackupCodes.Status`'s props: a `<p>`'s, with nodes or a function of the details as `children`. */
export interface BackupCodesStatusProps extends Omit<ComponentProps<'p'>, 'children'> {
  /** Replaces the "{count} codes left" badge / "No backup codes yet.". */
  children?: ReactNode | ((details: BackupCodesStatusDetails) => ReactNode);
}

/**
 * How many codes are left (`<p>`, which takes `ref` and `className`; a warning badge at two or
 * fewer), with the alerts that go with it: a set left unfinished on an earlier page, and few or
 * no codes left. In its place: a loading placeholder or the load error with Retry. Nothing while
 * a new set is being saved.
 */
export function BackupCodesStatus({ className, children, ...props }: BackupCodesStatusProps) {
  const { view, factors, entry, remaining, interrupted } = useBackupCodesContext('Status');
  const { t, formatDateTime } = useSecurityI18n();
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
  const unfinished = interrupted.interrupted;
  return (
    <>
      {/* A setup left unfinished on an earlier page (closed tab, reload): its saved codes may not work. */}
      {unfinished && (
        <Alert
          variant="warning"
          data-slot="backup-codes-interrupted"
          onDismiss={interrupted.dismiss}
        >
          <AlertTitle>{t('backupCodes.interruptedTitle')}</AlertTitle>
          <AlertDescription>
            {t(
              unfinished.state === 'shown'
                ? 'backupCodes.interruptedShown'
                : 'backupCodes.interruptedBinding',
              { date: formatDateTime(unfinished.since) },
            )}
          </AlertDescription>
        </Alert>
      )}
      <p data-slot="backup-codes-status" className={cx('ac-mfa-status', className)} {...props}>
        {typeof children === 'function' ? (
          children({ remaining, generated: !!entry })
        ) : children !== undefined ? (
          children
        ) : entry ? (
          <Badge variant={remaining <= LOW_CODES ? 'warning' : 'neutral'}>
            {t('backupCodes.remaining', { count: remaining })}
          </Badge>
        ) : (
          t('backupCodes.none')
        )}
      </p>
      {entry && remaining <= LOW_CODES && (
        <Alert variant="warning">
          <AlertDescription>
            {remaining === 0
              ? t('backupCodes.allUsed')
              : t('backupCodes.lowWarning', { count: remaining })}
          </AlertDescription>
        </Alert>
      )}
    </>
  );
}

/**
 * Why Generate is disabled: backup codes need another two-step method first (`<p>`, which
 * Generate's `aria-describedby` points at while it is rendered); after a deep entry
 * (`defaultOpen`), an alert above it too. Nothing once the user has another method.
 */
export function BackupCodesOtherFactorNote({ className, children, ...props }: ComponentProps<'p'>) {
  const { view, hasOther, canEdit, defaultOpen, reasonId, registerReason } =
    useBackupCodesContext('OtherFactorNote');
  const { t } = useSecurityI18n();
  const shown = view === 'idle' && !hasOther;
  useRegisterPart(registerReason, shown);
  if (!shown) return null;
  return (
    <>
      {/* Sent here to generate codes (deep entry) but the precondition is missing: say why. */}
      {defaultOpen && canEdit && (
        <Alert variant="warning" data-slot="backup-codes-precondition">
          <AlertDescription>{t('backupCodes.otherFactorFirst')}</AlertDescription>
        </Alert>
      )}
      <p
        id={reasonId}
        data-slot="backup-codes-other-factor-note"
        className={cx('ac-field-description', className)}
        {...props}
      >
        {children ?? t('backupCodes.needsOtherFactor')}
      </p>
    </>
  );
}

/** "Managed by your administrator." when backup codes are read-only; nothing otherwise. */
export function BackupCodesReadOnlyNote({ className, children, ...props }: ComponentProps<'p'>) {
  const { view, canEdit } = useBackupCodesContext('ReadOnlyNote');
  const { t } = useSecurityI18n();
  if (view !== 'idle' || canEdit) return null;
  return (
    <p
      data-slot="backup-codes-read-only-note"
      className={cx('ac-field-description', className)}
      {...props}
    >
      {children ?? t('common.managedByAdmin')}
    </p>
  );
}

/** `BackupCodes.List`'s props: `BackupCodeList`'s (a `<ul>`'s) without the codes. */
export type BackupCodesListProps = Omit<BackupCodeListProps, 'codes'>;

/**
 * The stored codes once shown (`BackupCodes.Show`): each with used or not in text (`<ul>`, which
 * takes `ref` and `className`), then Copy, Download and Print for the unused ones; a placeholder
 * or the load error with Retry while they load. Nothing while hidden.
 */
export function BackupCodesList(props: BackupCodesListProps) {
  const { view, viewing, stored, appName } = useBackupCodesContext('List');
  const { t } = useSecurityI18n();
  if (view !== 'idle' || !viewing) return null;
  if (stored.isPending) {
    return (
      <div aria-busy="true">
        <p className="ac-sr-only">{t('common.loading')}</p>
        <Skeleton className="ac-backup-code-skeleton" />
      </div>
    );
  }
  if (stored.isError) {
    return <LoadFailed error={stored.error} onRetry={() => void stored.refetch()} />;
  }
  const codes = stored.data?.codes ?? [];
  return (
    <>
      <BackupCodeList codes={codes} {...props} />
      <BackupCodeActions
        codes={codes.filter((code) => !code.usedAt).map((code) => code.code)}
        {...(appName ? { appName } : {})}
      />
    </>
  );
}

/**
 * The actions (`<div>`, which takes `ref` and `className`), by default `BackupCodes.Show` and
 * `BackupCodes.Generate`; above it, why showing or generating failed. Nothing while loading or
 * while a new set is being saved.
 */
export function BackupCodesActions({ className, children, ...props }: ComponentProps<'div'>) {
  const { view, error } = useBackupCodesContext('Actions');
  const { formatError } = useSecurityI18n();
  if (view !== 'idle') return null;
  return (
    <>
      {error !== null && (
        <Alert variant="danger">
          <AlertDescription>{formatError(error)}</AlertDescription>
        </Alert>
      )}
      <div data-slot="backup-codes-actions" className={cx('ac-mfa-actions', className)} {...props}>
        {children ?? (
          <>
            <BackupCodesShow />
            <BackupCodesGenerate />
          </>
        )}
      </div>
    </>
  );
}

/** `BackupCodes.Show`'s and `BackupCodes.Generate`'s props: a `<button>`'s, `ref` included. */
export type BackupCodesButtonProps = ComponentProps<'button'>;

/**
 * "Show codes" / "Hide codes" (`aria-expanded`): shows the stored set in `BackupCodes.List`,
 * after step-up. Nothing before a set exists.
 */
export function BackupCodesShow({ onClick, children, ...props }: BackupCodesButtonProps) {
  const { view, entry, viewing, toggleView } = useBackupCodesContext('Show');
  const { t } = useSecurityI18n();
  if (view !== 'idle' || !entry) return null;
  return (
    <Button
      data-slot="backup-codes-show"
      aria-expanded={viewing}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) void toggleView();
      }}
      {...props}
    >
      {children ?? (viewing ? t('backupCodes.hide') : t('backupCodes.show'))}
    </Button>
  );
}

/**
 * "Generate backup codes", or "Generate new codes" (after a confirmation while unused codes
 * remain): step-up, then the new set in `BackupCodes.SetupPanel`. Disabled until the user has
 * another two-step method. Nothing when the user can't edit.
 */
export function BackupCodesGenerate({ onClick, children, ...props }: BackupCodesButtonProps) {
  const context = useBackupCodesContext('Generate');
  const { view, canEdit, entry, remaining, hasOther } = context;
  const { t } = useSecurityI18n();
  if (view !== 'idle' || !canEdit) return null;
  const describedBy = !hasOther && context.hasReason ? context.reasonId : undefined;
  if (entry && remaining > 0) {
    return (
      <ConfirmDialog
        trigger={
          <Button
            data-slot="backup-codes-generate"
            disabled={!hasOther}
            aria-describedby={describedBy}
            {...(onClick ? { onClick } : {})}
            {...props}
          >
            {children ?? t('backupCodes.regenerate')}
          </Button>
        }
        title={t('backupCodes.regenerateTitle')}
        description={t('backupCodes.regenerateDescription')}
        confirmLabel={t('backupCodes.regenerate')}
        onConfirm={context.confirmRegenerate}
      />
    );
  }
  return (
    <Button
      data-slot="backup-codes-generate"
      variant="primary"
      disabled={!hasOther}
      aria-describedby={describedBy}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) void context.startSetup();
      }}
      {...props}
    >
      {children ?? (entry ? t('backupCodes.regenerate') : t('backupCodes.generate'))}
    </Button>
  );
}

/** `BackupCodes.SetupPanel`'s props: a `<div>`'s. */
export type BackupCodesSetupPanelProps = ComponentProps<'div'>;

/**
 * A new set being saved (`<div>`, which takes `ref` and `className`): the codes with Copy,
 * Download and Print, "I've saved these codes", then Turn on (see `BackupCodeDownload`). Nothing
 * otherwise.
 */
export function BackupCodesSetupPanel(props: BackupCodesSetupPanelProps) {
  const { view, appName, closeSetup } = useBackupCodesContext('SetupPanel');
  if (view !== 'setup') return null;
  return (
    <BackupCodeDownload
      {...(appName ? { appName } : {})}
      onSuccess={() => closeSetup(true)}
      onCancel={() => closeSetup(false)}
      {...props}
    />
  );
}

/** `<BackupCodes/>`'s props: `BackupCodes.Root`'s. */
export type BackupCodesProps = BackupCodesRootProps;

/**
 * The backup-codes section: how many remain (warning at two or fewer), generate, view the
 * stored set after step-up with used/unused in text, and regenerate after a confirmation. Not
 * rendered when the `mfa` field is Off or backup codes are not enabled for the tenant.
 *
 * Also the section's parts (`BackupCodes.Root`, `.Header`, `.Title`, `.Description`, `.Content`,
 * `.Status`, `.OtherFactorNote`, `.ReadOnlyNote`, `.List`, `.Actions`, `.Show`, `.Generate`,
 * `.SetupPanel`), to rearrange or replace; `<BackupCodes/>` is their usual composition.
 * @example
 * <BackupCodes.Root>
 *   <BackupCodes.Header />
 *   <BackupCodes.Content>
 *     <BackupCodes.Status />
 *     <BackupCodes.Actions />
 *     <BackupCodes.List />
 *     <BackupCodes.SetupPanel />
 *   </BackupCodes.Content>
 * </BackupCodes.Root>
 */
export const BackupCodes = /* @__PURE__ */ Object.assign(
  function BackupCodes(props: BackupCodesProps) {
    return (
      <BackupCodesRoot {...props}>
        <BackupCodesHeader />
        <BackupCodesContent>
          <BackupCodesStatus />
          <BackupCodesOtherFactorNote />
          <BackupCodesReadOnlyNote />
          <BackupCodesList />
          <BackupCodesActions />
          <BackupCodesSetupPanel />
        </BackupCodesContent>
      </BackupCodesRoot>
    );
  },
  {
    Root: BackupCodesRoot,
    Header: BackupCodesHeader,
    Title: BackupCodesTitle,
    Description: BackupCodesDescription,
    Content: BackupCodesContent,
    Status: BackupCodesStatus,
    OtherFactorNote: BackupCodesOtherFactorNote,
    ReadOnlyNote: BackupCodesReadOnlyNote,
    List: BackupCodesList,
    Actions: BackupCodesActions,
    Show: BackupCodesShow,
    Generate: BackupCodesGenerate,
    SetupPanel: BackupCodesSetupPanel,
  },
);

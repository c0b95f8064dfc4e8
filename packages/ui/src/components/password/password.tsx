/**
 * The password section as parts (`Password.Root`, `.Header`, `.Title`, `.Description`,
 * `.Content`, `.Notice`, `.Status`, `.Trigger`, `.Form`, `.ReadOnlyNote`), Radix-style:
 * rearrange or replace them and keep the behaviour. `PasswordChange` is their usual composition.
 * `Root` holds the state (the account, the field's level, whether the form is open, the outcome
 * of the last change); the other parts read it and throw outside a `Root`.
 */
import { createContext, useContext, useEffect, useRef, useState } from 'react';
import type { ComponentProps, Ref, RefObject } from 'react';
import { useTenantConfig, useMyAccount } from '@account-center/react';
import { usePasswordI18n } from '../../i18n/area-i18n.js';
import { cx } from '../../lib/cx.js';
import { useComposedRefs } from '../../lib/compose-refs.js';
import { featureSectionParts } from '../../lib/feature-section-parts.js';
import { useControllableState } from '../../lib/use-controllable-state.js';
import { Alert, AlertDescription } from '../../primitives/alert.js';
import { Button } from '../../primitives/button.js';
import type { ButtonProps } from '../../primitives/button.js';
import { Section } from '../../primitives/card.js';
import type { SectionTitleProps } from '../../primitives/card.js';
import { useAnnounce } from '../../primitives/live-region.js';
import { LoadFailed } from '../../primitives/load-failed.js';
import { Skeleton } from '../../primitives/skeleton.js';
import { PasswordChangeForm } from './password-change-form.js';
import type { PasswordChangeFormProps, PasswordChangeResult } from './password-change-form.js';

interface PasswordContextValue {
  account: ReturnType<typeof useMyAccount>;
  /** The account (and the field's level) still loading. */
  loading: boolean;
  /** Loaded without error: the parts after the placeholder may show. */
  ready: boolean;
  hasPassword: boolean;
  /** "Set password" or "Change password". */
  action: string;
  editable: boolean;
  isOpen: boolean;
  open: () => void;
  notice: { variant: 'success' | 'warning'; text: string } | undefined;
  dismissNotice: () => void;
  offerSignOutOthers: boolean | undefined;
  succeed: (result: PasswordChangeResult) => void;
  cancel: () => void;
  triggerRef: RefObject<HTMLButtonElement | null>;
}

const PasswordContext = createContext<PasswordContextValue | null>(null);

function usePasswordContext(part: string): PasswordContextValue {
  const context = useContext(PasswordContext);
  if (!context) throw new Error(`<Password.${part}> must be used inside <Password.Root>.`);
  return context;
}

/** `Password.Root`'s props (and, without `children`, `PasswordChange`'s). */
export interface PasswordRootProps extends ComponentProps<'section'> {
  /** The form is shown (controlled). */
  open?: boolean;
  /** Show the form on mount, focused (deep entry: "Set a password" from a checklist). */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  /** Offer "sign out of all other devices" after the change (on by default). Default `true`. */
  offerSignOutOthers?: boolean;
  onSuccess?: (result: PasswordChangeResult) => void;
  /** The user cancelled the form (e.g. to navigate back after a deep entry). */
  onCancel?: () => void;
}

/**
 * The section (`<section>`, named by `Password.Header`) and the state its parts share. Renders
 * nothing when the `password` field is Off.
 */
export function PasswordRoot({
  open,
  defaultOpen = false,
  onOpenChange,
  offerSignOutOthers,
  onSuccess,
  onCancel,
  className,
  children,
  ...props
}: PasswordRootProps) {
  const { t } = usePasswordI18n();
  const announce = useAnnounce();
  const account = useMyAccount();
  const settings = useTenantConfig();
  const [isOpen, setOpen] = useControllableState({
    value: open,
    defaultValue: defaultOpen,
    onChange: onOpenChange,
  });
  const [notice, setNotice] = useState<PasswordContextValue['notice']>();
  const triggerRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const level = settings.fields.password.value;
  // The form is gone: focus goes back to the button that opened it once that button is rendered
  // again (after a first password it re-renders as "Change password" when the account refetches).
  useEffect(() => {
    if (!returnFocus.current || isOpen || !triggerRef.current) return;
    returnFocus.current = false;
    triggerRef.current.focus();
  });

  if (level === 'Off') return null;

  const loading = account.isPending || (settings.isLoading && !level);
  const hasPassword = account.data?.hasPassword === true;

  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };

  const context: PasswordContextValue = {
    account,
    loading,
    ready: !loading && !account.isError,
    hasPassword,
    action: hasPassword ? t('password.change') : t('password.set'),
    editable: level === 'Edit',
    isOpen,
    open: () => {
      setNotice(undefined);
      setOpen(true);
    },
    notice,
    dismissNotice: () => setNotice(undefined),
    offerSignOutOthers,
    succeed: (result) => {
      const text = result.signOutFailed
        ? t('password.signOutOthersFailed')
        : result.signedOutOthers
          ? t('password.savedAndSignedOut')
          : result.firstPassword
            ? t('password.setSaved')
            : t('password.saved');
      setNotice({ variant: result.signOutFailed ? 'warning' : 'success', text });
      announce(text);
      close();
      onSuccess?.(result);
    },
    cancel: () => {
      close();
      onCancel?.();
    },
    triggerRef,
  };

  return (
    <PasswordContext.Provider value={context}>
      <Section
        data-slot="password-change"
        data-state={loading ? 'loading' : isOpen ? 'open' : 'closed'}
        aria-busy={loading || undefined}
        className={cx('ac-password-change', className)}
        {...props}
      >
        {children}
      </Section>
    </PasswordContext.Provider>
  );
}

export type PasswordTitleProps = SectionTitleProps;

const headerParts = featureSectionParts({
  usePart: usePasswordContext,
  title: 'password.title',
  description: 'password.description',
  contentClassName: '',
  useI18n: usePasswordI18n,
});
/** The section's header; by default its title and description. */
export const PasswordHeader = headerParts.Header;
/** The heading that names the section's region (`h2` unless `asChild`). */
export const PasswordTitle = headerParts.Title;
/** Describes the section's region; by default the kit's sentence. */
export const PasswordDescription = headerParts.Description;

/**
 * The section's body; in place of its children, a loading placeholder while the account loads
 * and the load error with Retry.
 */
export function PasswordContent({ children, ...props }: ComponentProps<'div'>) {
  const { loading, account } = usePasswordContext('Content');
  const { t } = usePasswordI18n();
  return (
    <headerParts.Content {...props}>
      {loading ? (
        <div data-slot="password-change-skeleton" className="ac-password-row">
          <Skeleton className="ac-password-skeleton" />
          <span className="ac-sr-only">{t('common.loading')}</span>
        </div>
      ) : account.isError ? (
        <LoadFailed error={account.error} onRetry={() => void account.refetch()} />
      ) : (
        children
      )}
    </headerParts.Content>
  );
}

/** What the last change did ("Password saved.", …), until dismissed or the form opens again. */
export function PasswordNotice(props: ComponentProps<'div'>) {
  const { notice, isOpen, dismissNotice } = usePasswordContext('Notice');
  if (!notice || isOpen) return null;
  return (
    <Alert
      data-slot="password-notice"
      variant={notice.variant}
      role={undefined}
      onDismiss={dismissNotice}
      {...props}
    >
      <AlertDescription>{notice.text}</AlertDescription>
    </Alert>
  );
}

/**
 * Whether a password is set, and by default `Password.Trigger` (`<div>`, while the form is
 * closed); children replace both.
 */
export function PasswordStatus({ className, children, ...props }: ComponentProps<'div'>) {
  const { ready, isOpen, hasPassword } = usePasswordContext('Status');
  const { t } = usePasswordI18n();
  if (!ready || isOpen) return null;
  return (
    <div data-slot="password-change-row" className={cx('ac-password-row', className)} {...props}>
      {children ?? (
        <>
          <span data-slot="password-status">
            {hasPassword ? t('password.isSet') : t('password.notSet')}
          </span>
          <PasswordTrigger />
        </>
      )}
    </div>
  );
}

/** `Password.Trigger`'s props: a `Button`'s, with its `ref`. */
export interface PasswordTriggerProps extends ButtonProps {
  ref?: Ref<HTMLButtonElement>;
}

/**
 * "Set password" (none yet) or "Change password": opens the form, and has focus again once it
 * closes. Nothing while the form is open or when the password is read-only.
 */
export function PasswordTrigger({ ref, children, onClick, ...props }: PasswordTriggerProps) {
  const { ready, editable, isOpen, open, action, triggerRef } = usePasswordContext('Trigger');
  const composed = useComposedRefs(triggerRef, ref);
  if (!ready || !editable || isOpen) return null;
  return (
    <Button
      ref={composed}
      onClick={(event) => {
        onClick?.(event);
        if (!event.defaultPrevented) open();
      }}
      {...props}
    >
      {children ?? action}
    </Button>
  );
}

/** `Password.Form`'s props: the form's, with `onSuccess` and `onCancel` from `Password.Root`. */
export type PasswordFormProps = Omit<PasswordChangeFormProps, 'onSuccess' | 'onCancel'>;

/**
 * The set/change form (`PasswordChangeForm`, named after the action) while open: new password
 * with the policy checklist, confirm, sign out of other devices, Save and Cancel. Saving closes
 * it with `Password.Notice`; `offerSignOutOthers` defaults to the section's.
 */
export function PasswordForm(props: PasswordFormProps) {
  const context = usePasswordContext('Form');
  if (!context.ready || !context.editable || !context.isOpen) return null;
  return (
    <PasswordChangeForm
      aria-label={context.action}
      offerSignOutOthers={context.offerSignOutOthers}
      onSuccess={context.succeed}
      onCancel={context.cancel}
      {...props}
    />
  );
}

/** "Managed by your administrator." when the password is read-only; nothing otherwise. */
export function PasswordReadOnlyNote({ className, children, ...props }: ComponentProps<'p'>) {
  const { ready, editable } = usePasswordContext('ReadOnlyNote');
  const { t } = usePasswordI18n();
  if (!ready || editable) return null;
  return (
    <p data-slot="password-read-only" className={cx('ac-field-description', className)} {...props}>
      {children ?? t('common.managedByAdmin')}
    </p>
  );
}

/**
 * The password section's parts, to rearrange or replace; `PasswordChange` is the usual
 * composition.
 * @example
 * <Password.Root>
 *   <Password.Header />
 *   <Password.Content>
 *     <Password.Notice />
 *     <Password.Status />
 *     <Password.ReadOnlyNote />
 *     <Password.Form />
 *   </Password.Content>
 * </Password.Root>
 */
export const Password = {
  Root: PasswordRoot,
  Header: PasswordHeader,
  Title: PasswordTitle,
  Description: PasswordDescription,
  Content: PasswordContent,
  Notice: PasswordNotice,
  Status: PasswordStatus,
  Trigger: PasswordTrigger,
  Form: PasswordForm,
  ReadOnlyNote: PasswordReadOnlyNote,
};

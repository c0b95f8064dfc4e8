import { Slot } from '../lib/slot.js';
import { createContext, useContext, useId, useMemo } from 'react';
import type { AriaAttributes, ComponentProps, ReactElement } from 'react';
import { cx } from '../lib/cx.js';
import { usePartRegistry, useRegisterPart } from '../lib/use-part.js';

interface FieldContextValue {
  controlId: string;
  descriptionId: string;
  errorId: string;
  invalid: boolean;
  hasDescription: boolean;
  hasError: boolean;
  registerDescription: () => () => void;
  registerError: () => () => void;
}

const FieldContext = createContext<FieldContextValue | null>(null);

export interface FieldProps extends ComponentProps<'div'> {
  /** Marks the control invalid even without a `FieldError` (an error rendered with text does it too). */
  invalid?: boolean;
}

/**
 * Groups a label, one control, a description and an error, and wires `id`, `aria-describedby`
 * and `aria-invalid` between them.
 * @example
 * <Field>
 *   <FieldLabel>{t('email.label')}</FieldLabel>
 *   <Input type="email" {...register('email')} />
 *   <FieldDescription>…</FieldDescription>
 *   <FieldError>{errors.email?.message}</FieldError>
 * </Field>
 */
export function Field({ invalid = false, className, ...props }: FieldProps) {
  const id = useId();
  const [hasDescription, registerDescription] = usePartRegistry();
  const [hasError, registerError] = usePartRegistry();
  const isInvalid = invalid || hasError;
  const context = useMemo<FieldContextValue>(
    () => ({
      controlId: `${id}-control`,
      descriptionId: `${id}-description`,
      errorId: `${id}-error`,
      invalid: isInvalid,
      hasDescription,
      hasError,
      registerDescription,
      registerError,
    }),
    [id, isInvalid, hasDescription, hasError, registerDescription, registerError],
  );
  return (
    <FieldContext.Provider value={context}>
      <div
        data-slot="field"
        data-invalid={isInvalid ? '' : undefined}
        className={cx('ac-field', className)}
        {...props}
      />
    </FieldContext.Provider>
  );
}

export type FieldLabelProps = ComponentProps<'label'>;

/** Labels the field’s control. */
export function FieldLabel({ className, ...props }: FieldLabelProps) {
  const field = useContext(FieldContext);
  return (
    <label
      data-slot="field-label"
      htmlFor={field?.controlId}
      className={cx('ac-label', className)}
      {...props}
    />
  );
}

export type FieldDescriptionProps = ComponentProps<'p'>;

/** Help text, linked to the control with `aria-describedby`. */
export function FieldDescription({ className, ...props }: FieldDescriptionProps) {
  const field = useContext(FieldContext);
  useRegisterPart(field?.registerDescription);
  return (
    <p
      data-slot="field-description"
      id={field?.descriptionId}
      className={cx('ac-field-description', className)}
      {...props}
    />
  );
}

export type FieldErrorProps = ComponentProps<'p'>;

/**
 * The field's error, announced (`role="alert"`). Always in the document so the announcement
 * fires when text arrives; with no children it is empty and the control is not invalid.
 */
export function FieldError({ className, children, ...props }: FieldErrorProps) {
  const field = useContext(FieldContext);
  const hasText =
    children !== undefined && children !== null && children !== false && children !== '';
  useRegisterPart(field?.registerError, hasText);
  return (
    <p
      data-slot="field-error"
      id={field?.errorId}
      role="alert"
      className={cx('ac-field-error', className)}
      {...props}
    >
      {hasText ? children : null}
    </p>
  );
}

interface ControlAria {
  id?: string | undefined;
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: AriaAttributes['aria-invalid'];
}

/** Merges the enclosing `Field`'s wiring into a control's props (the control's own values win). */
export function useFieldControl<T extends ControlAria>(props: T): T {
  const field = useContext(FieldContext);
  if (!field) return props;
  const describedBy = [
    props['aria-describedby'],
    field.hasDescription ? field.descriptionId : undefined,
    field.hasError ? field.errorId : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return {
    ...props,
    id: props.id ?? field.controlId,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': props['aria-invalid'] ?? (field.invalid || undefined),
  };
}

export interface FieldControlProps extends ComponentProps<typeof Slot> {
  children: ReactElement;
}

/** Wires any control (a `select`, a third-party input) into the enclosing `Field`. */
export function FieldControl(props: FieldControlProps) {
  return <Slot data-slot="field-control" {...useFieldControl(props)} />;
}

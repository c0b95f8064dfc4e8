import { Slot } from '../lib/slot.js';
import { createContext, useContext, useId, useMemo } from 'react';
import type { ComponentProps } from 'react';
import { cx } from '../lib/cx.js';
import { usePartRegistry, useRegisterPart } from '../lib/use-part.js';

/** A bordered surface. Purely visual; use `Section` for a titled landmark. */
export function Card({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="card" className={cx('ac-card', className)} {...props} />;
}

/** Holds the card’s title and description. */
export function CardHeader({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="card-header" className={cx('ac-card-header', className)} {...props} />;
}

export interface CardTitleProps extends ComponentProps<'h3'> {
  /** Render your own heading element (pick the level that fits the page outline). */
  asChild?: boolean;
}

/** The card’s heading (`h3` unless `asChild`). */
export function CardTitle({ asChild, className, ...props }: CardTitleProps) {
  const Component = asChild ? Slot : 'h3';
  return <Component data-slot="card-title" className={cx('ac-card-title', className)} {...props} />;
}

/** Secondary text under the card title. */
export function CardDescription({ className, ...props }: ComponentProps<'p'>) {
  return (
    <p data-slot="card-description" className={cx('ac-card-description', className)} {...props} />
  );
}

/** The card’s body. */
export function CardContent({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="card-content" className={cx('ac-card-content', className)} {...props} />;
}

/** Actions at the end of the card, aligned to the inline end. */
export function CardFooter({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="card-footer" className={cx('ac-card-footer', className)} {...props} />;
}

interface SectionContextValue {
  titleId: string;
  descriptionId: string;
  registerTitle: () => () => void;
  registerDescription: () => () => void;
}

const SectionContext = createContext<SectionContextValue | null>(null);

/**
 * A titled region (`<section>` named by its `SectionTitle`, described by its
 * `SectionDescription`), styled as a card: one per area of the account page.
 * @example
 * <Section>
 *   <SectionHeader>
 *     <SectionTitle>{t('password.title')}</SectionTitle>
 *     <SectionDescription>{t('password.description')}</SectionDescription>
 *   </SectionHeader>
 *   <SectionContent>…</SectionContent>
 * </Section>
 */
export function Section({ className, ...props }: ComponentProps<'section'>) {
  const id = useId();
  const [hasTitle, registerTitle] = usePartRegistry();
  const [hasDescription, registerDescription] = usePartRegistry();
  const context = useMemo(
    () => ({
      titleId: `${id}-title`,
      descriptionId: `${id}-description`,
      registerTitle,
      registerDescription,
    }),
    [id, registerTitle, registerDescription],
  );
  return (
    <SectionContext.Provider value={context}>
      <section
        data-slot="section"
        aria-labelledby={hasTitle ? context.titleId : undefined}
        aria-describedby={hasDescription ? context.descriptionId : undefined}
        className={cx('ac-card ac-section', className)}
        {...props}
      />
    </SectionContext.Provider>
  );
}

/** Holds the section’s title and description. */
export function SectionHeader({ className, ...props }: ComponentProps<'div'>) {
  return <div data-slot="section-header" className={cx('ac-card-header', className)} {...props} />;
}

export interface SectionTitleProps extends ComponentProps<'h2'> {
  /** Render your own heading element (default `h2`). */
  asChild?: boolean;
}

/** Names the section region (`h2` unless `asChild`). */
export function SectionTitle({ asChild, className, ...props }: SectionTitleProps) {
  const section = useContext(SectionContext);
  useRegisterPart(section?.registerTitle);
  const Component = asChild ? Slot : 'h2';
  return (
    <Component
      data-slot="section-title"
      id={section?.titleId}
      className={cx('ac-card-title', className)}
      {...props}
    />
  );
}

/** Describes the section region. */
export function SectionDescription({ className, ...props }: ComponentProps<'p'>) {
  const section = useContext(SectionContext);
  useRegisterPart(section?.registerDescription);
  return (
    <p
      data-slot="section-description"
      id={section?.descriptionId}
      className={cx('ac-card-description', className)}
      {...props}
    />
  );
}

/** The section’s body. */
export function SectionContent({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div data-slot="section-content" className={cx('ac-card-content', className)} {...props} />
  );
}

import type { ComponentProps } from 'react';
import type { I18n } from '../i18n/create-i18n.js';
import {
  SectionContent,
  SectionDescription,
  SectionHeader,
  SectionTitle,
} from '../primitives/card.js';
import type { SectionTitleProps } from '../primitives/card.js';
import { cx } from './cx.js';

type MessageKey = Parameters<I18n['t']>[0];

/** What `sectionParts` needs: the feature's context check, its messages, and how to read them. */
export interface SectionPartsOptions {
  /** The feature's context check, e.g. `usePasskeysContext`. */
  usePart: (part: string) => unknown;
  title: MessageKey;
  description: MessageKey;
  contentClassName: string;
}

/**
 * `featureSectionParts` with the i18n hook given: a section whose messages are in the base
 * catalogue (the password section) passes `useI18n`, so the security areas' messages stay out of
 * its chunk. Use `featureSectionParts` otherwise.
 */
export function sectionParts(
  { usePart, title, description, contentClassName }: SectionPartsOptions,
  useI18n: () => I18n,
) {
  /** The heading that names the section's region (`h2` unless `asChild`). */
  function Title({ children, ...props }: SectionTitleProps) {
    usePart('Title');
    const { t } = useI18n();
    return <SectionTitle {...props}>{children ?? t(title)}</SectionTitle>;
  }
  /** Describes the section's region; by default the kit's sentence. */
  function Description({ children, ...props }: ComponentProps<'p'>) {
    usePart('Description');
    const { t } = useI18n();
    return <SectionDescription {...props}>{children ?? t(description)}</SectionDescription>;
  }
  /** The section's header; by default its title (which names the region) and description. */
  function Header({ children, ...props }: ComponentProps<'div'>) {
    usePart('Header');
    return (
      <SectionHeader {...props}>
        {children ?? (
          <>
            <Title />
            <Description />
          </>
        )}
      </SectionHeader>
    );
  }
  /** The section's body. */
  function Content({ className, ...props }: ComponentProps<'div'>) {
    usePart('Content');
    return <SectionContent className={cx(contentClassName, className)} {...props} />;
  }
  return { Header, Title, Description, Content };
}

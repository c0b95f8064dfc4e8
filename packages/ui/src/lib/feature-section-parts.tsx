import type { ComponentProps } from 'react';
import type { I18n } from '../i18n/create-i18n.js';
import type { Translate } from '../i18n/types.js';
import {
  SectionContent,
  SectionDescription,
  SectionHeader,
  SectionTitle,
} from '../primitives/card.js';
import type { SectionTitleProps } from '../primitives/card.js';
import { cx } from './cx.js';

type MessageKey = Parameters<I18n['t']>[0];

/**
 * The header parts every composable feature section has (`Header`, `Title`, `Description`,
 * `Content`), made once: each checks it sits inside its feature's `Root` (`usePart` throws
 * otherwise), and the title and description default to the feature's messages, read with the
 * feature's own `useTranslate` (so a profile feature does not pull in the security area's
 * English messages).
 */
export function featureSectionParts({
  usePart,
  title,
  description,
  contentClassName,
  useTranslate,
}: {
  /** The feature's context check, e.g. `usePasskeysContext`. */
  usePart: (part: string) => unknown;
  title: MessageKey;
  description: MessageKey;
  contentClassName: string;
  /** The feature's translate hook: `useSecurityTranslate` for the security areas. */
  useTranslate: () => Translate;
}) {
  /** The heading that names the section's region (`h2` unless `asChild`). */
  function Title({ children, ...props }: SectionTitleProps) {
    usePart('Title');
    const t = useTranslate();
    return <SectionTitle {...props}>{children ?? t(title)}</SectionTitle>;
  }
  /** Describes the section's region; by default the kit's sentence. */
  function Description({ children, ...props }: ComponentProps<'p'>) {
    usePart('Description');
    const t = useTranslate();
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

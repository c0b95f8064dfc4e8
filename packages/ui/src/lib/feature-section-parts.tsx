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

/**
 * The header parts every composable feature section has (`Header`, `Title`, `Description`,
 * `Content`), made once: each checks it sits inside its feature's `Root` (`usePart` throws
 * otherwise), and the title and description default to the feature's messages.
 */
export function featureSectionParts<Context>({
  usePart,
  title,
  description,
  contentClassName,
  useI18n,
}: {
  /** The feature's context check, e.g. `usePasskeysContext`. */
  usePart: (part: string) => Context;
  /** The title's message, or which one for this section's state. */
  title: MessageKey | ((context: Context) => MessageKey);
  /** The description's message, or which one (`undefined`: none) for this section's state. */
  description: MessageKey | ((context: Context) => MessageKey | undefined);
  contentClassName: string;
  /**
   * The feature's messages: its area's hook (`useSecurityI18n`, `useProfileI18n`…, see
   * `i18n/area-i18n.ts`). No default: a default would bring its area's English into every
   * feature's bundle.
   */
  useI18n: () => I18n;
}) {
  /** The heading that names the section's region (`h2` unless `asChild`). */
  function Title({ children, ...props }: SectionTitleProps) {
    const context = usePart('Title');
    const { t } = useI18n();
    return (
      <SectionTitle {...props}>
        {children ?? t(typeof title === 'function' ? title(context) : title)}
      </SectionTitle>
    );
  }
  /** Describes the section's region; by default the kit's sentence. */
  function Description({ children, ...props }: ComponentProps<'p'>) {
    const context = usePart('Description');
    const { t } = useI18n();
    const key = typeof description === 'function' ? description(context) : description;
    if (children === undefined && key === undefined) return null;
    return <SectionDescription {...props}>{children ?? (key && t(key))}</SectionDescription>;
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

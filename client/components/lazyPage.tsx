import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { loadAllMessages } from '../i18n/allMessages.ts';

interface LazyPageOptions {
  /**
   * The page shows only the messages the app starts with (client/i18n/loginMessageSections.ts)
   * and need not wait for the whole catalogue: the login page.
   */
  loginMessagesOnly?: boolean;
}

/**
 * A page whose code is loaded when it is first shown (its own chunk in the build), with a quiet
 * "loading" line meanwhile. `name` is the page's named export. Unless it is the login page, it
 * shows once the whole message catalogue is here too, fetched alongside its code.
 */
export function lazyPage<Module, Name extends keyof Module>(
  load: () => Promise<Module>,
  name: Name,
  options: LazyPageOptions = {},
): ComponentType {
  const Page = lazy(async () => {
    const [module] = await Promise.all([load(), options.loginMessagesOnly ? undefined : loadAllMessages()]);
    return { default: module[name] as ComponentType };
  });
  function LazyPage() {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page />
      </Suspense>
    );
  }
  LazyPage.displayName = `Lazy(${String(name)})`;
  return LazyPage;
}

function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="page-loading" role="status" aria-live="polite">
      {t('common.loading')}
    </p>
  );
}

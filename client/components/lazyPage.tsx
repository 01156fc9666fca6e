import { lazy, Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A page whose code is loaded when it is first shown (its own chunk in the build), with a quiet
 * "loading" line meanwhile. `name` is the page's named export.
 */
export function lazyPage<Module, Name extends keyof Module>(load: () => Promise<Module>, name: Name): ComponentType {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
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

import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A component whose code is its own chunk, fetched when it is first rendered, and nothing in its
 * place meanwhile: for what a page shows only later (a dialog once opened, a form once asked for),
 * so the page's first load does not carry it. `load` gives the component from its module.
 */
export function lazyComponent<Props extends object>(load: () => Promise<ComponentType<Props>>): ComponentType<Props> {
  const Component = lazy(async () => ({ default: await load() }));
  function LazyComponent(props: Props) {
    return (
      <Suspense fallback={null}>
        <Component {...props} />
      </Suspense>
    );
  }
  return LazyComponent;
}

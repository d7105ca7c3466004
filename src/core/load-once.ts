/**
 * "Fetch once, retry after a failure", the one way every lazy part is loaded
 * (the chunks, the strings, the mounted UI): the first call starts the load,
 * later calls share it, and a failed load is forgotten so the next call tries
 * again (a visitor back online, a deploy finished).
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    const current = (loading ??= load());
    current.catch(() => {
      if (loading === current) loading = null;
    });
    return current;
  };
}

/** The chunks the controller and the UI import, which the loader fetches with the controller (scripts/chunk-imports.mjs). */
declare module 'virtual:cookie-consent-chunk-imports' {
  export const SHARED_CHUNKS: readonly string[];
  /** The content-hashed folder the lazy chunks are in, beside the loader, with a trailing slash. */
  export const CHUNK_FOLDER: string;
}

/** The part of oembetter (CommonJS, no types of its own) the oEmbed consumer test uses. */
declare module 'oembetter' {
  interface Oembetter {
    fetch(url: string, options: Record<string, unknown>, callback: (error: unknown, response?: Record<string, unknown>, warnings?: unknown[]) => void): void;
    allowlist(domains: string[]): void;
  }
  const create: (options?: Record<string, unknown>) => Oembetter;
  export default create;
}

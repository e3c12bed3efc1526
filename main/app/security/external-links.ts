/**
 * The only addresses the app hands to the system browser: literature the evidence tables cite.
 * Matched by exact https origin; anything else is simply not opened.
 */
export const EXTERNAL_LINK_ORIGINS: readonly string[] = ['https://doi.org', 'https://pubmed.ncbi.nlm.nih.gov'];

export type OpenExternal = (url: string) => Promise<void>;

export function isAllowedExternalLink(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && EXTERNAL_LINK_ORIGINS.includes(url.origin);
}

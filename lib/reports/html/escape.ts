/*
 * Everything that reaches the HTML report from articles and datasets
 * (quotes, outlet names, URLs, ids) passes through here first.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe both between tags and inside a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/**
 * A URL that may become a link: absolute http(s) only, re-serialised by the
 * URL parser. Anything else (`javascript:`, `data:`, relative paths) is shown
 * as text, never as a live link.
 */
export function safeHref(url: string | null): string | null {
  if (url === null || !/^https?:\/\//i.test(url.trim())) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** `<a>` for a safe URL, plain escaped text otherwise. */
export function linkOrText(label: string, url: string | null): string {
  const href = safeHref(url);
  if (href === null) return escapeHtml(label);
  return `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow" referrerpolicy="no-referrer">${escapeHtml(label)}</a>`;
}

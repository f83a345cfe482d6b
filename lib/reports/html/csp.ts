import { createHash } from 'node:crypto';

/**
 * A Content-Security-Policy that allows exactly the inline style and script
 * the page embeds, by their hashes (the same content always gives the same
 * hash, so the page stays byte-identical), and nothing from anywhere else.
 */
export function contentSecurityPolicy(style: string, script: string): string {
  return [
    "default-src 'none'",
    `style-src '${sha256(style)}'`,
    `script-src '${sha256(script)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Markup that runs script when a page fails to escape it: tags, event
 * handlers, attribute and element break-outs, `javascript:` and other
 * dangerous URLs in their obfuscated spellings. Each payload that runs sets
 * `window.__xss` to its number (or opens a dialog), so a test can tell which
 * one got through. Drawn from the usual filter-evasion lists (OWASP's XSS
 * cheat sheet and its kin), written afresh here.
 */
const RUNS = (n: number): string => `window.__xss=${n}`;

export const XSS_PAYLOADS: readonly string[] = [
  `<script>${RUNS(1)}</script>`,
  `<SCRIPT SRC=data:text/javascript,${RUNS(2)}></SCRIPT>`,
  `<img src=x onerror="${RUNS(3)}">`,
  `<svg onload=${RUNS(4)}>`,
  `<svg><script>${RUNS(5)}</script></svg>`,
  `<body onload=${RUNS(6)}>`,
  `<iframe srcdoc="<script>parent.${RUNS(7)}</script>"></iframe>`,
  `<a href="javascript:${RUNS(8)}">click</a>`,
  `"><script>${RUNS(9)}</script>`,
  `'><img src=x onerror=${RUNS(10)}>`,
  `" onmouseover="${RUNS(11)}" x="`,
  `</textarea></title></style></script><script>${RUNS(12)}</script>`,
  `<details open ontoggle=${RUNS(13)}>`,
  `<input autofocus onfocus=${RUNS(14)}>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUNS(15)}>`,
  `<object data="javascript:${RUNS(16)}"></object>`,
  `<embed src="data:text/html,<script>${RUNS(17)}</script>">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUNS(18)}">`,
  `<base href="javascript:${RUNS(19)}//">`,
  `<form action="javascript:${RUNS(20)}"><button>go</button></form>`,
  `<!--<img src="--><img src=x onerror=${RUNS(21)}//">`,
  `<style>@import 'javascript:${RUNS(22)}';</style>`,
  `<div style="background:url(javascript:${RUNS(23)})">`,
  `\${${RUNS(24)}}`,
  `{{constructor.constructor('${RUNS(25)}')()}}`,
  `<img src="x" onerror="&#119;indow.__xss=26">`,
  `<scr<script>ipt>${RUNS(27)}</scr</script>ipt>`,
  `<img/src=x/onerror=${RUNS(28)}>`,
  `<video><source onerror="${RUNS(29)}"></video>`,
  `<marquee onstart=${RUNS(30)}>`,
];

/** URLs a link must never be made of, and ones that look safe but break out of an attribute. */
export const HOSTILE_URLS: readonly string[] = [
  `javascript:${RUNS(40)}`,
  `JaVaScRiPt:${RUNS(41)}`,
  ` javascript:${RUNS(42)}`,
  `java\tscript:${RUNS(43)}`,
  `java\nscript:${RUNS(44)}`,
  `&#106;avascript:${RUNS(45)}`,
  `javascript&colon;${RUNS(46)}`,
  `\u0001javascript:${RUNS(47)}`,
  `vbscript:msgbox(48)`,
  `data:text/html,<script>${RUNS(49)}</script>`,
  `data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9NTA8L3NjcmlwdD4=`,
  `//evil.example/steal`,
  `https://example.com/" onmouseover="${RUNS(51)}`,
  `https://example.com/'><script>${RUNS(52)}</script>`,
  `http://example.com/<img src=x onerror=${RUNS(53)}>`,
];

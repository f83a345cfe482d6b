/** Data files bundled as text: tsup's `text` loader, and test/helpers/text-transform.cjs under jest. */
declare module '*.tsv' {
  const text: string;
  export default text;
}

// opencc-js ships its per-table dictionaries without types; each is a serialised string.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}

/** Minimal types for snappyjs 0.7 (the package ships none): raw snappy block format. */
declare module 'snappyjs' {
  /** Throws on a corrupt stream or when the stated length exceeds `maxLength`. */
  export function uncompress<T extends Uint8Array>(compressed: T, maxLength?: number): T;
  export function compress<T extends Uint8Array>(uncompressed: T): T;
}

// The package ships no types. It implements the WHATWG encoding sniffing algorithm
// (BOM, transport-layer label, <meta> prescan of the first 1024 bytes, default).
declare module 'html-encoding-sniffer' {
  interface SniffOptions {
    xml?: boolean;
    transportLayerEncodingLabel?: string;
    defaultEncoding?: string;
  }
  /** Returns a canonical WHATWG encoding name, e.g. "UTF-8", "windows-1251", or `defaultEncoding`. */
  export default function sniffHTMLEncoding(bytes: Uint8Array, options?: SniffOptions): string;
}

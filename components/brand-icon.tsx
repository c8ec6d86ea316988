/**
 * The extension's icon: a mail envelope (ServiceOps reading a mailbox) with the guide's orange ring.
 * The one drawing of it: the toolbar and store PNGs (public/icon/) are rendered from this by
 * scripts/make-icons.ts, and the in-page step card shows it inline (a content script cannot load the
 * extension's files, which are not web-accessible).
 */
export function BrandIcon({ size, title }: { size: number; title?: string }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 128 128"
      width={size}
      height={size}
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : true}
    >
      {title ? <title>{title}</title> : null}
      <rect x="4" y="4" width="120" height="120" rx="26" fill="#0f6cbd" />
      <rect x="20" y="34" width="72" height="52" rx="7" fill="#fff" />
      <path d="M23 39 L56 64 L89 39" fill="none" stroke="#0f6cbd" strokeWidth="7" strokeLinecap="round" strokeLinejoin="round" />
      <circle cx="90" cy="88" r="22" fill="#0f6cbd" stroke="#ff8c42" strokeWidth="9" />
      <path d="M80 88 L87.5 95.5 L100 81" fill="none" stroke="#fff" strokeWidth="7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

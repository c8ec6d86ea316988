/**
 * "The helper can't read this page": a structural snapshot of a portal tab that an admin can send
 * to the maintainers, so the replicas (and the readers) can learn a rendering we have not seen.
 * It keeps tags, roles, aria-* attributes, classes and `data-automation*` keys, and of the text only
 * words from an allow-list (the portal's own vocabulary). Every GUID and secret-shaped string is
 * replaced, in text and attribute values alike; other words become "…".
 *
 * `snapshotFrame` runs in each frame through scripting.executeScript: it must stay self-contained
 * (no imports, no module-level helpers), which is why its helpers are nested inside it.
 */
import { WORDS } from './guidance/vocabulary';

export interface SnapshotOptions {
  /** Lower-case words that may appear as they are. */
  words: string[];
  /** Tag names of the extension's own UI, left out. */
  skipTags: string[];
  maxNodes: number;
  maxDepth: number;
  maxChars: number;
}

export interface FrameSnapshot {
  url: string;
  lang: string;
  title: string;
  lines: string[];
  nodes: number;
  truncated: boolean;
}

export const SNAPSHOT_LIMITS = { maxNodes: 4000, maxDepth: 60, maxChars: 250_000 } as const;
/** The whole report, all frames together. */
const REPORT_MAX_CHARS = 600_000;

/** Portal labels beyond the checklist's vocabulary (English and German, as the blades show them). */
const EXTRA_WORDS =
  'app registrations application applications client id ids directory tenant object managed local certificates certificate secrets secret value values ' +
  'description expires copy clipboard overview authentication advanced settings allow public flows api apis permissions permission status grant admin ' +
  'consent for type enabled disabled yes no essentials supported account accounts types redirect uri uris configuration platform web mobile desktop ' +
  'single multi only new add save discard refresh delete search close cancel ok preview home microsoft graph entra azure portal menu owned all deleted ' +
  'endpoints display name created federated credentials tab next previous loading failed frame reactview error manage properties owners roles ' +
  'administrators branding expose token configuration enterprise the of in to and or this my organization organizational uses ' +
  'anwendung anwendungs verzeichnis mandant mandanten objekt wert beschreibung läuft ab geheimer geheime ' +
  'clientschlüssel zertifikate geheimnisse übersicht authentifizierung berechtigungen kopieren zwischenablage speichern hinzufügen gewährt für ' +
  'öffentliche erweiterte einstellungen verwaltete lokalen verzeichnis neuer neue registrierung unterstützte kontotypen';

/** The allow-list: every word of the checklist's vocabulary plus the portal labels above. */
export function reportWords(): string[] {
  const phrases = [...Object.values(WORDS).flat(), EXTRA_WORDS];
  const words = phrases.flatMap((p) => p.toLowerCase().split(/[^\p{L}\p{N}'’&]+/u));
  return [...new Set(words.filter((w) => w.length > 0 && w.length <= 30))].sort();
}

export function snapshotFrame(opts: SnapshotOptions): FrameSnapshot {
  const allowed = new Set(opts.words);
  const skip = new Set(opts.skipTags.map((t) => t.toLowerCase()));
  const LEAVE_OUT = new Set(['script', 'style', 'noscript', 'template', 'link', 'meta', 'head', 'base']);
  const IDREFS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-flowto', 'aria-details', 'for'];
  // aria-* attributes that hold only states, numbers or keywords; any other may hold free text (an app's name).
  const ARIA_STATES = new Set(
    'checked selected expanded disabled hidden pressed modal level colindex rowindex colcount rowcount colspan rowspan setsize posinset sort current haspopup live atomic busy invalid required readonly multiselectable multiline orientation autocomplete valuenow valuemin valuemax relevant'
      .split(' ')
      .map((a) => `aria-${a}`),
  );
  const TEXT_ATTRS = [
    'aria-label',
    'aria-description',
    'aria-roledescription',
    'aria-valuetext',
    'aria-placeholder',
    'aria-keyshortcuts',
    'title',
    'placeholder',
    'alt',
  ];

  /** Runs of secret characters that look random: mixed case with digits, `~`, or base64 padding and slashes. */
  function secretLike(run: string): boolean {
    const count = (re: RegExp) => (run.match(re) ?? []).length;
    const digits = count(/\d/g);
    const letters = count(/[A-Za-z]/g);
    if (run.includes('~')) return true;
    if (/[+/=]/.test(run) && digits >= 2 && letters >= 4) return true;
    if (digits >= 2 && count(/[A-Z]/g) >= 2 && count(/[a-z]/g) >= 2) return true;
    return run.split(/[-_.]/).some((part) => part.length >= 16 && /\d.*\d/.test(part) && /[a-z].*[a-z]/i.test(part));
  }

  /** GUIDs, secret values, masked values, e-mail addresses and private-use glyphs, replaced. */
  function redact(s: string): string {
    return s
      .replace(/\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?/gi, '<guid>')
      .replace(/\b[0-9a-f]{32}\b/gi, '<guid>')
      .replace(/[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.\-+=/]*/g, '<secret>')
      .replace(/[A-Za-z0-9_~.\-+=/]*\*{3,}[A-Za-z0-9_~.\-+=/*]*/g, '<masked>')
      .replace(/[^\s@<>"]+@[^\s@<>"]+/g, '<email>')
      .replace(/[A-Za-z0-9_~.\-+=/]{16,}/g, (run) => (secretLike(run) ? '<secret>' : run))
      .replace(/[\uE000-\uF8FF]/g, ' <glyph> ');
  }

  /** Text: placeholders and allowed words; every other word becomes "…". */
  function words(s: string, max = 14): string {
    const out: string[] = [];
    for (const w of redact(s).match(/<[a-z]+>|[\p{L}\p{N}'’&]+/gu) ?? []) {
      const t = w.toLowerCase();
      const kept = t.startsWith('<') || allowed.has(t) ? t : '…';
      if (kept === '…' && out[out.length - 1] === '…') continue;
      out.push(kept);
      if (out.length >= max) {
        out.push('+');
        break;
      }
    }
    return out.join(' ');
  }

  /** Structural values (classes, data-automation keys, aria states): kept when they are plain tokens. */
  function token(s: string): string {
    return redact(s)
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((t) => (t.length <= 60 && /^[A-Za-z0-9_:-]*$/.test(t.replace(/<[a-z]+>/g, '')) ? t : '…'))
      .join(' ');
  }

  /** A URL's shape: origin, identifier-like path and route segments, query keys only. */
  function urlShape(href: string): string {
    let url: URL;
    try {
      url = new URL(href, location.href);
    } catch {
      return '…';
    }
    const seg = (p: string) =>
      p
        .split('/')
        .map((x) => {
          const r = redact(x).trim();
          if (r.startsWith('<') || r === '' || /^[A-Za-z_~][A-Za-z0-9_~]{0,60}$/.test(r)) return r;
          return /[@.]/.test(x) ? '<domain>' : '…';
        })
        .join('/');
    const query = [...url.searchParams.keys()].map((k) => `${token(k)}=…`).join('&');
    return `${url.origin}${seg(url.pathname)}${query ? `?${query}` : ''}${url.hash ? `#${seg(url.hash.slice(1))}` : ''}`;
  }

  // First pass: the elements to show, depth first, open shadow roots included.
  const found: { el: Element; depth: number; shadow?: boolean }[] = [];
  let truncated = false;
  function walk(parent: ParentNode, depth: number): void {
    for (const el of Array.from(parent.children)) {
      const tag = el.localName;
      if (LEAVE_OUT.has(tag) || skip.has(tag)) continue;
      if (found.length >= opts.maxNodes || depth > opts.maxDepth) {
        truncated = true;
        return;
      }
      found.push({ el, depth });
      if (tag === 'svg') continue;
      if (el.shadowRoot) {
        found.push({ el, depth: depth + 1, shadow: true });
        walk(el.shadowRoot, depth + 2);
      }
      walk(el, depth + 1);
    }
  }
  if (document.body) walk(document.body, 0);

  // Elements that ID references point at get a short number: the pairing survives, the IDs do not.
  const refs = new Map<Element, number>();
  const refOf = (root: Node, id: string): string => {
    const target = (root as Document | ShadowRoot).getElementById?.(id);
    if (!target) return '&?';
    if (!refs.has(target)) refs.set(target, refs.size + 1);
    return `&${refs.get(target)}`;
  };
  const attrLines = found.map(({ el, shadow }) => {
    if (shadow) return '#shadow-root (open)';
    const parts: string[] = [];
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name === 'class') continue;
      let value: string | undefined;
      if (IDREFS.includes(name))
        value = attr.value
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => refOf(el.getRootNode(), id))
          .join(' ');
      else if (TEXT_ATTRS.includes(name) || (name.startsWith('aria-') && !ARIA_STATES.has(name))) value = `"${words(attr.value)}"`;
      else if (name === 'role' || name.startsWith('aria-') || name.startsWith('data-automation')) value = token(attr.value);
      else if (name === 'type' || (name === 'name' && el.localName === 'iframe')) value = token(attr.value);
      else if ((name === 'src' && el.localName === 'iframe') || (name === 'href' && el.localName === 'a')) value = urlShape(attr.value);
      else if (['hidden', 'disabled', 'readonly', 'contenteditable', 'inert'].includes(name)) value = '';
      if (value !== undefined) parts.push(value === '' ? `[${name}]` : `[${name}=${value}]`);
    }
    const field = el as HTMLInputElement;
    if ((el.localName === 'input' || el.localName === 'textarea') && field.type !== 'password' && field.value) parts.push(`[value="${words(field.value, 6)}"]`);
    return parts.join('');
  });
  const lines: string[] = [];
  let chars = 0;
  for (const [i, { el, depth, shadow }] of found.entries()) {
    const indent = ' '.repeat(Math.min(depth, 60));
    let line = `${indent}${attrLines[i]}`;
    if (!shadow) {
      const classes = token(typeof el.className === 'string' ? el.className : (el.getAttribute('class') ?? ''));
      const text = Array.from(el.childNodes)
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent ?? '')
        .join(' ')
        .trim();
      const ref = refs.get(el);
      line = `${indent}${ref ? `&${ref}=` : ''}${el.localName}${classes ? `.${classes.split(' ').join('.')}` : ''}${attrLines[i]}${text ? ` "${words(text)}"` : ''}`;
    }
    line = line.slice(0, 400);
    chars += line.length + 1;
    if (chars > opts.maxChars) {
      truncated = true;
      break;
    }
    lines.push(line);
  }
  return {
    url: urlShape(location.href),
    lang: token(document.documentElement.lang || ''),
    title: words(document.title),
    lines,
    nodes: found.length,
    truncated,
  };
}

export interface FrameResult {
  frameId: number;
  result?: FrameSnapshot | null;
}

/** The report the admin copies: a header, then each frame the extension could read. */
export function assembleReport(frames: FrameResult[], meta: { version: string; date: string }): { text: string; frames: number; truncated: boolean } {
  const sorted = [...frames].sort((a, b) => a.frameId - b.frameId);
  const out = [
    'ServiceOps Azure OAuth Helper: page structure report (format 1)',
    'Holds no IDs, secrets or page text: GUIDs read <guid>, secret-shaped strings <secret>, words outside the portal vocabulary "…".',
    `extension ${meta.version} · ${meta.date} · frames read: ${sorted.filter((f) => f.result).length} of ${sorted.length}`,
  ];
  let truncated = false;
  for (const f of sorted) {
    const r = f.result;
    if (!r) {
      out.push('', `== frame ${f.frameId}: not readable`);
      continue;
    }
    truncated ||= r.truncated;
    out.push(
      '',
      `== frame ${f.frameId}${f.frameId === 0 ? ' (top)' : ''} ${r.url} lang=${r.lang || '?'} title="${r.title}" elements=${r.nodes}${r.truncated ? ' (cut short)' : ''}`,
    );
    out.push(...r.lines);
  }
  let text = out.join('\n');
  if (text.length > REPORT_MAX_CHARS) {
    text = `${text.slice(0, REPORT_MAX_CHARS)}\n… (report cut short)`;
    truncated = true;
  }
  // The frames redacted already; this second pass is the promise's last line of defence.
  text = text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<guid>')
    .replace(/[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.\-+=/]*/g, '<secret>');
  return { text, frames: sorted.length, truncated };
}

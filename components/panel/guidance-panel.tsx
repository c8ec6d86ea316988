import { useEffect, useId, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type { GuidanceView } from '../../utils/schemas';
import { PATHS, stepsFor } from '../../utils/guidance/evaluate';
import { generatePowerShell } from '../../utils/guidance/powershell';
import type { Step } from '../../utils/guidance/vocabulary';
import { parsePortalHash } from '../../utils/portal-route';
import { useGuidance } from './use-guidance';

/** How long a target may stay unseen before the panel says so (the blade may still be loading). */
const MISSING_GRACE_MS = 2500;

/** The panel shows on App registration and Enterprise app blades, and anywhere while a setup is under way. */
function relevant(hash: string, view: GuidanceView | undefined): boolean {
  const route = parsePortalHash(hash);
  if (route?.extension === 'Microsoft_AAD_RegisteredApps' || route?.blade === 'ManagedAppMenuBlade') return true;
  return !!view && view.pathChosen && !!view.current;
}

function stateText(done: GuidanceView['steps'][number]['done'], current: boolean): string {
  if (done === 'detected') return 'done (detected)';
  if (done === 'confirmed') return 'done (you confirmed)';
  return current ? 'current step' : 'to do';
}

function Captured({ view }: { view: GuidanceView }) {
  const c = view.captured;
  const secret = c.secret.present
    ? `captured, hidden (${c.secret.length ?? '?'} characters)`
    : c.secret.described !== undefined
      ? 'created; value not captured'
      : 'not captured yet';
  const rows: [string, string | undefined][] = [
    ['App', c.appName],
    ['Client ID', c.clientId],
    ['Tenant ID', c.tenantId],
    ['Enterprise app Object ID', c.spObjectId],
    ['Client secret', secret],
    ['Redirect URL', c.redirectUrl],
  ];
  return (
    <dl aria-label="Captured so far">
      {rows.map(([k, v]) => (
        <div key={k} style={{ display: 'contents' }}>
          <dt>{k}</dt>
          <dd>{v ?? '—'}</dd>
        </div>
      ))}
    </dl>
  );
}

function PowerShell({ step, view }: { step: Step; view: GuidanceView }) {
  const [mailbox, setMailbox] = useState('');
  const [copied, setCopied] = useState<string>();
  const inputId = useId();
  if (!step.powershell) return null;
  const c = view.captured;
  const script = generatePowerShell(step.powershell, {
    clientId: c.clientId,
    tenantId: c.tenantId,
    tenantDomain: c.tenantDomain,
    spObjectId: c.spObjectId,
    appName: c.appName,
    mailbox,
  });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(script.text);
      setCopied('Copied to the clipboard.');
    } catch {
      setCopied('Copying was blocked: select the text and copy it by hand.');
    }
  };
  return (
    <div>
      <label htmlFor={inputId}>Mailbox ServiceOps reads</label>
      <input id={inputId} type="email" value={mailbox} onChange={(e) => setMailbox(e.target.value)} placeholder="support@contoso.com" autoComplete="off" />
      <pre tabIndex={0} aria-label="PowerShell to run">
        {script.text}
      </pre>
      {script.placeholders.length > 0 && (
        <p className="warn" role="note">
          Still unknown: {script.placeholders.join(', ')}. Replace these placeholders before running the script.
        </p>
      )}
      <div className="row">
        <button type="button" onClick={() => void copy()}>
          Copy PowerShell
        </button>
        <span role="status">{copied}</span>
      </div>
    </div>
  );
}

function TargetHint({ step, view }: { step: Step; view: GuidanceView }) {
  const [missingSince, setMissingSince] = useState<number>();
  const [, tick] = useState(0);
  const missing = view.target.state === 'missing';
  useEffect(() => {
    if (!missing) {
      setMissingSince(undefined);
      return;
    }
    setMissingSince((since) => since ?? Date.now());
    const timer = setTimeout(() => tick((n) => n + 1), MISSING_GRACE_MS + 50);
    return () => clearTimeout(timer);
  }, [missing, view.viewing]);
  if (!step.target || !view.onBlade) return null;
  if (view.target.state === 'found') return <p className="info">Click the control with the orange ring (“Click here”).</p>;
  if (view.target.state === 'none') return <p className="info">Nothing to click right now: the helper is checking whether this step is done.</p>;
  if (missing && missingSince !== undefined && Date.now() - missingSince >= MISSING_GRACE_MS) {
    return (
      <p className="warn" role="note" data-fallback="true">
        I can’t find “{step.target.label}” on this page (the portal may have changed, or shows another language). Follow the instructions above, then choose “I
        did this”.
      </p>
    );
  }
  return <p className="info">Looking for “{step.target.label}”…</p>;
}

function PathChoice({ onChoose, current }: { onChoose: (p: 'imap' | 'mapi') => void; current?: 'imap' | 'mapi' }) {
  return (
    <div className="choices" role="group" aria-label="Protocol">
      {(['imap', 'mapi'] as const).map((p) => (
        <button key={p} type="button" className="choice" aria-pressed={current === p} onClick={() => onChoose(p)}>
          <strong>{p === 'imap' ? 'IMAP' : 'MAPI / EWS'}</strong>
          {PATHS[p].label}
        </button>
      ))}
    </div>
  );
}

export function GuidancePanel({ win }: { win: Window }) {
  const g = useGuidance(win);
  const { view } = g;
  const [collapsed, setCollapsed] = useState(false);
  const [side, setSide] = useState<'right' | 'left'>('right');
  const [offset, setOffset] = useState<{ x: number; y: number }>();
  const [announce, setAnnounce] = useState('');
  const panelRef = useRef<HTMLElement>(null);
  const lastCurrent = useRef<string | undefined>(undefined);
  const bodyId = useId();
  const titleId = useId();

  // Announce progress when the current step moves on by itself.
  useEffect(() => {
    if (!view) return;
    const prev = lastCurrent.current;
    lastCurrent.current = view.current;
    if (prev && prev !== view.current) {
      const done = stepsFor(view.path).find((s) => s.id === prev);
      setAnnounce(done ? `Done: ${done.title}.` : '');
    }
  }, [view]);

  // The benchmark's "blade change → overlay shows the new step": the DOM now shows the view worked
  // out for this route (tagged with the route it was asked for, not the one the page shows now).
  const viewHash = g.viewHash;
  useEffect(() => {
    if (view) performance.mark('serviceops-helper:panel-updated', { detail: { hash: viewHash } });
  }, [view, viewHash]);

  // Never cover the control being pointed at (in whichever frame): dock on the other half of the screen.
  const targetSide = view?.target.state === 'found' ? view.target.side : undefined;
  useEffect(() => {
    if (targetSide && !offset) setSide(targetSide === 'right' ? 'left' : 'right');
  }, [targetSide, offset]);

  if (!relevant(g.hash, view)) return null;

  const onDragStart = (e: ReactPointerEvent<HTMLElement>) => {
    if ((e.target as HTMLElement).closest('button')) return;
    const panel = panelRef.current;
    if (!panel) return;
    const r = panel.getBoundingClientRect();
    const dx = e.clientX - r.left;
    const dy = e.clientY - r.top;
    const move = (ev: PointerEvent) => setOffset({ x: Math.max(0, ev.clientX - dx), y: Math.max(0, ev.clientY - dy) });
    const up = () => {
      win.removeEventListener('pointermove', move);
      win.removeEventListener('pointerup', up);
    };
    win.addEventListener('pointermove', move);
    win.addEventListener('pointerup', up);
  };

  const steps = view ? stepsFor(view.path) : [];
  const applicable = view ? view.steps.filter((s) => s.applicable) : [];
  const doneCount = applicable.filter((s) => s.done).length;
  const viewing = steps.find((s) => s.id === (view?.viewing ?? view?.current));
  const viewingStatus = view?.steps.find((s) => s.id === viewing?.id);
  const index = viewing ? applicable.findIndex((s) => s.id === viewing.id) : -1;

  return (
    <aside
      ref={panelRef}
      className={`panel ${side === 'left' ? 'left' : ''} ${collapsed ? 'collapsed' : ''}`}
      aria-labelledby={titleId}
      style={offset ? { left: offset.x, top: offset.y, right: 'auto' } : undefined}
      data-testid="soah-panel"
    >
      <div className="head" onPointerDown={onDragStart}>
        <h2 id={titleId}>ServiceOps mail setup</h2>
        <button
          type="button"
          className="icon"
          aria-label={side === 'right' ? 'Move the guide to the left side' : 'Move the guide to the right side'}
          onClick={() => {
            setOffset(undefined);
            setSide((s) => (s === 'right' ? 'left' : 'right'));
          }}
        >
          ⇆
        </button>
        <button
          type="button"
          className="icon"
          aria-expanded={!collapsed}
          aria-controls={bodyId}
          aria-label={collapsed ? 'Expand the guide' : 'Collapse the guide'}
          onClick={() => setCollapsed((c) => !c)}
        >
          {collapsed ? '▸' : '▾'}
        </button>
      </div>
      <div className="sr" role="status" aria-live="polite">
        {announce}
      </div>
      <div className="body" id={bodyId} hidden={collapsed}>
        {g.error && (
          <p className="warn" role="alert">
            {g.error}
          </p>
        )}
        {!view && !g.error && <p>Loading the checklist…</p>}
        {view && (
          <>
            <p className="path">
              Setup “{view.setupName}” · {view.pathChosen ? PATHS[view.path].label : 'protocol not chosen yet'}
            </p>
            <p className="progress">
              {doneCount} of {applicable.length} steps done{index >= 0 ? ` · showing step ${index + 1}` : ''}
            </p>
            {!view.current && (
              <p className="ok" role="note">
                All steps are done. Fill the ServiceOps form from the extension’s popup.
              </p>
            )}
            {viewing && (
              <section aria-labelledby={`${titleId}-step`} data-step={viewing.id}>
                <h3 id={`${titleId}-step`}>{viewing.title}</h3>
                {viewingStatus?.done && <p className="ok">This step is {stateText(viewingStatus.done, false)}.</p>}
                {viewing.id === 'choose-path' ? <PathChoice current={view.pathChosen ? view.path : undefined} onChoose={(p) => void g.choosePath(p)} /> : null}
                {!view.onBlade && view.bladeHash && (
                  <div className="row">
                    <button type="button" className="primary" onClick={() => (win.location.hash = view.bladeHash ?? '')}>
                      Go to the page for this step
                    </button>
                  </div>
                )}
                <ol>
                  {viewing.instructions.map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ol>
                {viewing.warnings?.map((w) => (
                  <p key={w} className="warn" role="note">
                    {w}
                  </p>
                ))}
                <TargetHint step={viewing} view={view} />
                <PowerShell step={viewing} view={view} />
                {viewing.id !== 'choose-path' && (
                  <div className="row">
                    {viewingStatus?.done ? (
                      <button type="button" onClick={() => void g.confirm(viewing.id, false)}>
                        Mark as not done
                      </button>
                    ) : (
                      <button type="button" className="primary" onClick={() => void g.confirm(viewing.id, true)}>
                        I did this
                      </button>
                    )}
                    {g.viewStep && (
                      <button type="button" onClick={() => g.setViewStep(undefined)}>
                        Back to the current step
                      </button>
                    )}
                  </div>
                )}
              </section>
            )}
            <h4 id={`${titleId}-all`}>All steps</h4>
            <ol className="steps" aria-labelledby={`${titleId}-all`}>
              {steps.map((s) => {
                const st = view.steps.find((x) => x.id === s.id);
                if (!st?.applicable) return null;
                const isCurrent = view.current === s.id;
                return (
                  <li key={s.id} aria-current={isCurrent ? 'step' : undefined} data-state={st.done ? 'done' : isCurrent ? 'current' : 'todo'} data-step={s.id}>
                    <button type="button" onClick={() => g.setViewStep(s.id === view.current ? undefined : s.id)}>
                      {st.done ? '✓ ' : ''}
                      {s.title} <span className="state">({stateText(st.done, isCurrent)})</span>
                    </button>
                  </li>
                );
              })}
            </ol>
            <h4>Captured so far</h4>
            <Captured view={view} />
            {view.pathChosen && (
              <div className="row">
                <button type="button" className="link" onClick={() => void g.choosePath(view.path === 'imap' ? 'mapi' : 'imap')}>
                  Switch to {view.path === 'imap' ? 'MAPI / EWS' : 'IMAP'}
                </button>
              </div>
            )}
          </>
        )}
      </div>
    </aside>
  );
}

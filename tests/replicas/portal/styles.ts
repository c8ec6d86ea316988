/** The replica's stylesheet, inlined into both HTML shells by handler.ts. */
export const PORTAL_CSS = `
:root { --azure-blue: #0078d4; --azure-blue-dark: #005a9e; --text: #323130; --text-2: #605e5c; --border: #edebe9; --border-2: #c8c6c4; --bg-2: #faf9f8; --success: #107c10; --warning: #797673; --warn-bg: #fff4ce; --error: #a4262c; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
html, body { margin: 0; height: 100%; }
body { font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 13px; color: var(--text); background: #fff; -webkit-font-smoothing: antialiased; }
a { color: var(--azure-blue); text-decoration: none; }
a:hover { text-decoration: underline; color: var(--azure-blue-dark); }
button { font: inherit; color: inherit; }
h1, h2, h3, h4 { font-weight: 600; margin: 0; }
.msportalfx-visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.msportalfx-offscreen { position: fixed; left: -9999px; top: 0; }
.msportalfx-svg-icon { width: 16px; height: 16px; flex: none; fill: none; stroke: currentColor; stroke-width: 1.3; stroke-linecap: round; stroke-linejoin: round; vertical-align: -3px; }
.fxs-icon-ellipsis { stroke-width: 2.6; }
.msportalfx-guid, .fxs-secret-value { white-space: nowrap; }

/* startup */
.fxs-startup-splash { display: flex; align-items: center; justify-content: center; height: 60vh; }
.fxs-progress-dots { display: inline-flex; gap: 6px; }
.fxs-progress-dots span { width: 6px; height: 6px; border-radius: 50%; background: var(--azure-blue); animation: fxs-dot 1.2s infinite ease-in-out; }
.fxs-progress-dots span:nth-child(2) { animation-delay: .15s; } .fxs-progress-dots span:nth-child(3) { animation-delay: .3s; }
@keyframes fxs-dot { 0%, 80%, 100% { opacity: .2; transform: scale(.8); } 40% { opacity: 1; transform: scale(1); } }
.fxs-blade-progress { padding: 24px 0; }
.msportalfx-shimmer { display: inline-block; width: 220px; max-width: 100%; height: 12px; border-radius: 2px; background: linear-gradient(90deg, #f3f2f1 0%, #e1dfdd 50%, #f3f2f1 100%); background-size: 200% 100%; animation: fxs-shimmer 1.2s infinite linear; vertical-align: middle; }
@keyframes fxs-shimmer { from { background-position: 100% 0; } to { background-position: -100% 0; } }

/* top bar */
.fxs-topbar { height: 40px; background: #0f6cbd; background: var(--azure-blue); color: #fff; display: flex; align-items: center; gap: 8px; padding: 0 8px 0 0; position: sticky; top: 0; z-index: 20; }
.fxs-topbar-button { background: none; border: 0; color: #fff; width: 40px; height: 40px; display: inline-flex; align-items: center; justify-content: center; cursor: pointer; }
.fxs-topbar-button:hover { background: rgba(255,255,255,.15); }
.fxs-topbar-brand { color: #fff; font-size: 15px; font-weight: 600; padding: 0 12px 0 4px; white-space: nowrap; }
.fxs-topbar-brand:hover { color: #fff; text-decoration: none; }
.fxs-topbar-search { flex: 1; max-width: 640px; margin: 0 auto; display: flex; align-items: center; gap: 6px; background: #fff; color: var(--text-2); border-radius: 2px; height: 28px; padding: 0 8px; }
.fxs-search-input { flex: 1; border: 0; outline: none; font: inherit; color: var(--text); background: transparent; }
.fxs-topbar-icons { display: flex; }
.fxs-avatarmenu { background: none; border: 0; color: #fff; display: flex; align-items: center; gap: 8px; cursor: pointer; padding: 0 4px; }
.fxs-avatarmenu-text { display: flex; flex-direction: column; align-items: flex-end; line-height: 1.2; }
.fxs-avatarmenu-username { font-size: 12px; }
.fxs-avatarmenu-tenant { font-size: 10px; opacity: .85; }
.fxs-avatarmenu-picture { width: 28px; height: 28px; border-radius: 50%; background: #8764b8; display: inline-flex; align-items: center; justify-content: center; font-size: 11px; font-weight: 600; }

/* layout */
.fxs-portal-main { display: flex; min-height: calc(100vh - 40px); }
.fxs-sidebar { width: 200px; flex: none; background: var(--bg-2); border-right: 1px solid var(--border); padding-top: 8px; }
.fxs-sidebar ul { list-style: none; margin: 0; padding: 0; }
.fxs-sidebar-item { display: flex; align-items: center; gap: 12px; padding: 9px 16px; color: var(--text); }
.fxs-sidebar-item:hover { background: #f3f2f1; text-decoration: none; color: var(--text); }
.fxs-sidebar-item .msportalfx-svg-icon { color: var(--azure-blue); }
.fxs-journey { flex: 1; min-width: 0; padding: 0 24px 24px; display: flex; flex-direction: column; }
.fxs-breadcrumb { padding: 10px 0 2px; font-size: 13px; }
.fxs-breadcrumb ol { list-style: none; margin: 0; padding: 0; display: flex; gap: 4px; }
.fxs-breadcrumb li { display: inline-flex; align-items: center; gap: 4px; }
.fxs-breadcrumb-separator { width: 10px; height: 10px; color: var(--text-2); vertical-align: 0; }
.fxs-blade { display: flex; flex-direction: column; flex: 1; min-height: 0; }
.fxs-blade-header { display: flex; align-items: flex-start; justify-content: space-between; padding: 10px 0 12px; }
.fxs-blade-title-titleText { font-size: 24px; font-weight: 600; line-height: 32px; min-height: 32px; }
.fxs-blade-title-titleText.fxs-title-loading::after { content: ""; display: inline-block; width: 260px; height: 18px; border-radius: 2px; background: linear-gradient(90deg, #f3f2f1 0%, #e1dfdd 50%, #f3f2f1 100%); background-size: 200% 100%; animation: fxs-shimmer 1.2s infinite linear; vertical-align: middle; }
.fxs-blade-title-subtitle { color: var(--text-2); font-size: 12px; }
.fxs-blade-close, .fxs-icon-button { background: none; border: 0; width: 32px; height: 32px; display: inline-flex; align-items: center; justify-content: center; cursor: pointer; color: var(--text); border-radius: 2px; }
.fxs-blade-close:hover, .fxs-icon-button:hover { background: #f3f2f1; }
.fxs-blade-content-container { flex: 1; display: flex; flex-direction: column; min-height: 0; }
.fxs-blade-content-framed { border-top: 1px solid var(--border); }
.fxs-reactview-frame.fxs-part-frame { width: 100%; flex: 1; min-height: calc(100vh - 150px); border: 0; display: block; }
.fxs-blade-content-wrapper { flex: 1; }
.fxs-blade-content-section { padding: 12px 0; }
.fxs-frame-body .fxs-blade-content-container { padding: 0 0 16px; }
.fxs-frame-body .fxs-menublade-content { padding-right: 16px; }

/* command bar */
.fxs-commandBar { border-bottom: 1px solid var(--border); padding: 2px 0; margin-bottom: 4px; }
.azc-toolbar-container { display: flex; flex-wrap: wrap; align-items: center; gap: 2px; list-style: none; margin: 0; padding: 0; }
.azc-toolbarButton { height: 32px; color: var(--text); display: inline-flex; align-items: center; border-radius: 2px; }
.azc-toolbarButton-container { display: inline-flex; align-items: center; gap: 6px; height: 32px; padding: 0 8px; cursor: pointer; border-radius: 2px; }
.azc-toolbarButton-container:hover:not([aria-disabled="true"]) { background: #f3f2f1; }
.azc-toolbarButton-container[aria-disabled="true"] { color: #a19f9d; cursor: default; }
.azc-toolbarButton-icon { color: var(--azure-blue); display: inline-flex; }
.azc-toolbarButton-disabled .azc-toolbarButton-icon { color: #a19f9d; }
.fxs-commandbar-iconOnly .azc-toolbarButton-container { width: 32px; justify-content: center; padding: 0; }
[role=button]:focus-visible, [role=radio]:focus-visible, [role=switch]:focus-visible { outline: 2px solid var(--azure-blue); outline-offset: 1px; }
.fxs-blade-content-section .fxs-commandBar, .fxc-pivot-panel .fxs-commandBar { border-bottom: 0; }

/* menu blade */
.fxs-menublade { display: flex; min-height: 100%; }
.fxs-menu { width: 220px; flex: none; border-right: 1px solid var(--border); padding: 4px 8px 16px 0; margin-right: 20px; }
.fxs-menu-search-container { display: flex; align-items: center; gap: 6px; border: 1px solid var(--border-2); border-radius: 2px; padding: 0 6px; margin: 4px 0 8px; height: 28px; color: var(--text-2); }
.fxs-menu-search { border: 0 !important; outline: none; height: 24px !important; padding: 0 !important; flex: 1; min-width: 0; }
.fxs-menu-group ul { list-style: none; margin: 0; padding: 0; }
.fxs-menu-group-header { font-weight: 600; padding: 10px 8px 4px; font-size: 13px; }
.fxs-menu-item { display: flex; align-items: center; gap: 10px; padding: 6px 8px; color: var(--text); border-radius: 2px; }
.fxs-menu-item:hover { background: #f3f2f1; text-decoration: none; color: var(--text); }
.fxs-menu-item-selected { background: #edebe9; font-weight: 600; }
.fxs-menu-item-icon { color: var(--azure-blue); }
.fxs-menublade-content { flex: 1; min-width: 0; }

/* forms */
.azc-input { font: inherit; color: var(--text); border: 1px solid #8a8886; border-radius: 2px; height: 32px; padding: 0 8px; background: #fff; width: 100%; max-width: 560px; }
.azc-input:focus { outline: 2px solid var(--azure-blue); outline-offset: -1px; border-color: var(--azure-blue); }
select.azc-input { padding-right: 24px; }
.msportalfx-form-row { margin: 12px 0; }
.msportalfx-form-label { display: block; font-weight: 600; margin-bottom: 4px; }
.msportalfx-required::before { content: "* "; color: var(--error); }
.msportalfx-form-help { color: var(--text-2); margin: 2px 0 6px; max-width: 820px; line-height: 1.45; }
.azc-optionPicker-item { display: flex; align-items: flex-start; gap: 8px; margin: 8px 0; }
.azc-optionPicker-item input { margin-top: 2px; }
.fxs-inline-fields { display: flex; gap: 8px; max-width: 820px; }
.fxs-inline-fields select { max-width: 260px; }
.azc-validation-message { color: var(--error); min-height: 1em; }
.msportalfx-form-footer { display: flex; align-items: center; gap: 8px; }
.fxs-create-footer { border-top: 1px solid var(--border); padding-top: 12px; margin-top: 20px; justify-content: space-between; max-width: 820px; }
.fxs-button { display: inline-flex; align-items: center; justify-content: center; height: 32px; min-width: 80px; padding: 0 16px; border-radius: 2px; border: 1px solid #8a8886; background: #fff; cursor: pointer; font-weight: 600; user-select: none; }
.fxs-button:hover:not([aria-disabled="true"]) { background: #f3f2f1; }
.fxs-portal-button-primary { background: var(--azure-blue); border-color: var(--azure-blue); color: #fff; }
.fxs-portal-button-primary:hover:not([aria-disabled="true"]) { background: var(--azure-blue-dark); }
.fxs-button[aria-disabled="true"] { background: #f3f2f1; border-color: #f3f2f1; color: #a19f9d; cursor: default; }
.fxs-link-button { background: none; border: 0; color: var(--azure-blue); cursor: pointer; padding: 4px 0; display: inline-flex; align-items: center; gap: 4px; }
.fxs-link-button:hover { text-decoration: underline; }
.msportalfx-section-header { font-size: 16px; margin: 18px 0 8px; }

/* essentials */
.fxc-essentials { border-bottom: 1px solid var(--border); padding-bottom: 12px; }
.fxc-essentials-expander { display: inline-flex; align-items: center; gap: 6px; font-weight: 600; cursor: pointer; padding: 6px 0; font-size: 14px; }
.fxc-essentials-columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 48px; }
.fxc-essentials-item { display: grid; grid-template-columns: minmax(160px, 40%) 1fr; align-items: center; min-height: 30px; }
.fxc-essentials-label-container::after { content: " :"; color: var(--text-2); }
.fxc-essentials-label { color: var(--text); }
.fxc-essentials-value { display: flex; align-items: center; gap: 2px; min-width: 0; white-space: nowrap; }
.fxs-copyable { display: inline-flex; align-items: center; gap: 2px; white-space: nowrap; }
.fxs-copyable-button { position: relative; width: 26px; height: 26px; display: inline-flex; align-items: center; justify-content: center; cursor: pointer; border-radius: 2px; flex: none; }
.fxs-copyable-button:hover { background: #f3f2f1; }
/* The icon font is not shipped: the glyph keeps its place in the text, an image draws it. */
.fxs-icon-glyph { display: inline-block; width: 16px; height: 16px; overflow: hidden; color: transparent; font-size: 12px; line-height: 16px; background: no-repeat center / 14px 14px; }
.fxs-icon-glyph-copy { background-image: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16' fill='none' stroke='%230078d4' stroke-width='1.3'%3E%3Cpath d='M5 5h8v9H5zM3 11V2h7'/%3E%3C/svg%3E"); }
.msportalfx-copied-tooltip { position: absolute; color-scheme: light; font-weight: 400; bottom: 100%; left: 50%; transform: translateX(-50%); background: #323130; color: #fff; padding: 4px 8px; border-radius: 2px; font-size: 12px; white-space: nowrap; z-index: 5; }
.fxs-getstarted { text-align: center; padding: 24px; }
.fxs-getstarted-icon { width: 64px; height: 64px; color: var(--azure-blue); stroke-width: .8; }
.fxs-getstarted h3 { font-size: 18px; margin: 12px 0; }
.fxs-getstarted p { max-width: 720px; margin: 0 auto; color: var(--text-2); line-height: 1.5; }

/* tabs */
.fxc-pivot { display: flex; gap: 4px; border-bottom: 1px solid var(--border); margin: 8px 0 8px; }
.fxc-pivot-item { background: none; border: 0; padding: 8px 10px; cursor: pointer; border-bottom: 2px solid transparent; color: var(--text); }
.fxc-pivot-item:hover { background: #f3f2f1; }
.fxc-pivot-selected { border-bottom-color: var(--azure-blue); font-weight: 600; }

/* grids */
.fxc-gc-host { overflow-x: auto; }
.fxc-gc-table { display: table; width: 100%; border-collapse: collapse; }
.fxc-gc-thead { display: table-header-group; }
.fxc-gc-tbody { display: table-row-group; }
.fxc-gc-row { display: table-row; }
.fxc-gc-row-content { display: contents; }
.fxc-gc-tbody .fxc-gc-row:hover { background: #f3f2f1; }
.fxc-gc-noRowsMessage { color: var(--text-2); padding: 8px; }
.fxc-gc-cell, .fxc-gc-columnheader { display: table-cell; padding: 8px 12px 8px 8px; border-bottom: 1px solid var(--border); vertical-align: middle; }
.fxc-gc-columnheader { font-weight: 600; text-align: left; white-space: nowrap; border-bottom-color: var(--border-2); }
.fxc-gc-group-row .fxc-gc-cell { white-space: nowrap; font-weight: 600; background: var(--bg-2); }
.fxc-gc-group-expander { cursor: pointer; font-weight: 600; display: inline-flex; align-items: center; gap: 4px; }
.fxs-name-cell { display: inline-flex; align-items: center; gap: 8px; }
.msportalfx-initials-badge { display: inline-flex; align-items: center; justify-content: center; width: 24px; height: 24px; border-radius: 2px; color: #fff; font-size: 10px; font-weight: 600; flex: none; }
.fxs-status-ok, .fxs-status-granted { color: var(--text); display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; }
.fxs-status-ok .msportalfx-svg-icon, .fxs-status-icon-success { color: var(--success); stroke-width: 2; }
.fxs-status-notgranted { display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; }
.fxs-status-icon-warning { color: #d83b01; }
.fxs-secret-new { background: #f3f9fd; }
.fxs-filter-bar { display: flex; align-items: center; gap: 6px; max-width: 560px; margin: 8px 0; color: var(--text-2); }
.msportalfx-count { color: var(--text-2); margin: 4px 0 8px; }

/* info boxes */
.msportalfx-infobox { display: flex; gap: 10px; align-items: flex-start; padding: 10px 12px; margin: 8px 0; background: #f3f2f1; line-height: 1.45; }
.msportalfx-infobox-info { background: #f3f9fd; }
.msportalfx-infobox-info .msportalfx-infobox-icon { color: var(--azure-blue); }
.msportalfx-infobox-warning { background: var(--warn-bg); }
.msportalfx-infobox-warning .msportalfx-infobox-icon { color: #8a6116; }
.msportalfx-infobox-error { background: #fde7e9; }
.msportalfx-infobox-error .msportalfx-infobox-icon { color: var(--error); }
.fxs-unsaved { color: var(--text-2); font-style: italic; min-height: 0; }

/* context pane / dialogs */
.fxs-dialog-host { position: fixed; inset: 0; z-index: 40; }
.fxs-contextpane { position: fixed; top: 0; right: 0; bottom: 0; z-index: 40; width: min(640px, 92vw); background: #fff; box-shadow: -6px 0 18px rgba(0,0,0,.18); display: flex; flex-direction: column; }
html:not(.fxs-reactview-frame) .fxs-contextpane { top: 40px; }
.fxs-contextpane-header { padding: 16px 16px 8px 24px; }
.fxs-contextpane .fxs-blade-title-titleText { font-size: 20px; }
.fxs-contextpane-content-container { flex: 1; overflow: auto; }
.fxs-contextpane-content { padding: 4px 24px 16px; }
.fxs-contextpane-actionbar { display: flex; gap: 8px; border-top: 1px solid var(--border); padding: 12px 24px; }
.fxs-dialog-scrim { position: absolute; inset: 0; background: rgba(0,0,0,.35); }
.fxs-dialog { position: absolute; top: 30%; left: 50%; transform: translateX(-50%); width: min(480px, 92vw); background: #fff; padding: 20px 24px; box-shadow: 0 6px 24px rgba(0,0,0,.25); }
.fxs-dialog-title { font-size: 18px; margin-bottom: 8px; }
.fxs-dialog-text { line-height: 1.45; color: var(--text); }
.fxs-dialog-buttons { display: flex; gap: 8px; margin-top: 16px; }
.fxs-popup-menu { position: fixed; z-index: 50; background: #fff; box-shadow: 0 3px 12px rgba(0,0,0,.2); min-width: 200px; padding: 4px 0; }
.fxs-popup-menu-item { display: flex; align-items: center; gap: 8px; width: 100%; padding: 8px 12px; background: none; border: 0; cursor: pointer; text-align: left; }
.fxs-popup-menu-item:hover { background: #f3f2f1; }

/* toasts */
.fxs-toast-container { position: fixed; top: 48px; right: 16px; z-index: 60; display: flex; flex-direction: column; gap: 8px; width: 360px; }
.fxs-toast-container:empty { display: none; }
.fxs-toast { display: flex; gap: 10px; background: #fff; box-shadow: 0 3px 14px rgba(0,0,0,.22); padding: 12px; border-left: 4px solid var(--azure-blue); }
.fxs-toast-success { border-left-color: var(--success); }
.fxs-toast-success .fxs-toast-icon { color: var(--success); }
.fxs-toast-error { border-left-color: var(--error); }
.fxs-toast-error .fxs-toast-icon { color: var(--error); }
.fxs-toast-icon { color: var(--azure-blue); }
.fxs-toast-body { flex: 1; }
.fxs-toast-title { font-weight: 600; }
.fxs-toast-text { color: var(--text-2); margin-top: 2px; }
.fxs-toast-close { background: none; border: 0; cursor: pointer; height: 20px; }

/* authentication */
.fxs-platform-card { border: 1px solid var(--border); padding: 12px 16px; margin: 12px 0; max-width: 820px; }
.fxs-platform-card h4 { font-size: 14px; margin-bottom: 8px; }
.fxs-redirect-list { list-style: none; padding: 0; margin: 4px 0; }
.fxs-redirect-item { display: flex; align-items: center; gap: 4px; margin: 4px 0; }
.fxs-public-client { display: grid; grid-template-columns: 240px 1fr; gap: 12px; max-width: 900px; margin-top: 12px; }
.fxs-setting-label { font-weight: 600; }
.fxs-info .msportalfx-svg-icon { width: 12px; height: 12px; color: var(--text-2); }
.fxs-setting-text { margin-bottom: 6px; }
.azc-optionsGroup { display: inline-flex; border: 1px solid #8a8886; border-radius: 2px; overflow: hidden; }
.azc-optionsGroup-item { background: #fff; min-width: 64px; height: 28px; line-height: 28px; text-align: center; cursor: pointer; }
.azc-optionsGroup-item + .azc-optionsGroup-item { border-left: 1px solid #8a8886; }
.azc-optionsGroup-selected { background: var(--azure-blue); color: #fff; }
.fxs-bullets { color: var(--text-2); padding-left: 18px; }
.azc-toggleSwitch { display: inline-flex; align-items: center; gap: 8px; margin: 8px 0; }
.azc-toggleSwitch-switch { width: 40px; height: 20px; border-radius: 10px; border: 1px solid #605e5c; position: relative; cursor: pointer; background: #fff; }
.azc-toggleSwitch-thumb { position: absolute; top: 3px; left: 3px; width: 12px; height: 12px; border-radius: 50%; background: #605e5c; transition: left .1s; }
.azc-toggleSwitch-on { background: var(--azure-blue); border-color: var(--azure-blue); }
.azc-toggleSwitch-on .azc-toggleSwitch-thumb { left: 23px; background: #fff; }
.fxs-redirect-grid { max-width: 900px; margin-top: 8px; }
.fxs-bare-toggle { width: 40px; height: 20px; border-radius: 10px; border: 1px solid #605e5c; position: relative; cursor: pointer; background: #fff; }
.fxs-bare-toggle-thumb { position: absolute; top: 3px; left: 3px; width: 12px; height: 12px; border-radius: 50%; background: #605e5c; transition: left .1s; }
.fxs-bare-toggle.is-on { background: var(--azure-blue); border-color: var(--azure-blue); }
.fxs-bare-toggle.is-on .fxs-bare-toggle-thumb { left: 23px; background: #fff; }
.fxs-platform-tiles, .fxs-api-tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin: 10px 0 16px; }
.fxs-platform-tile, .fxs-api-tile { border: 1px solid var(--border-2); background: #fff; text-align: left; padding: 12px; cursor: pointer; display: flex; flex-direction: column; gap: 6px; min-height: 84px; }
.fxs-platform-tile:hover, .fxs-api-tile:hover { border-color: var(--azure-blue); background: #f3f9fd; }
.fxs-platform-tile[aria-disabled="true"], .fxs-api-tile[aria-disabled="true"] { cursor: default; opacity: .75; }
.fxs-permission-type[aria-checked="false"] { cursor: pointer; }
.fxs-platform-tile .msportalfx-svg-icon { width: 28px; height: 28px; color: var(--azure-blue); }
.fxs-platform-tile-name, .fxs-api-tile-name { font-weight: 600; }
.fxs-platform-tile-text, .fxs-api-tile-text { color: var(--text-2); font-size: 12px; line-height: 1.4; }
.fxs-api-tiles-featured { grid-template-columns: 1fr; }
.fxs-api-tiles-featured .fxs-api-tile { min-height: 96px; }

/* permissions */
.fxs-pane-subheader { margin: 8px 0 0; }
.fxs-api-header { margin: 8px 0; }
.fxs-api-header h3 { font-size: 18px; }
.fxs-api-appid { color: var(--text-2); }
.fxs-permission-types { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; margin: 10px 0 16px; }
.fxs-permission-type { border: 1px solid var(--border-2); background: #fff; text-align: left; padding: 12px; cursor: pointer; display: flex; flex-direction: column; gap: 6px; }
.fxs-permission-type[aria-checked="true"] { border: 2px solid var(--azure-blue); background: #f3f9fd; padding: 11px; }
.fxs-permission-type-title { font-weight: 600; font-size: 14px; }
.fxs-permission-type-help { color: var(--text-2); font-size: 12px; }
.fxs-permission-tools { display: flex; align-items: center; gap: 16px; }
.fxs-permission-tools .fxs-filter-bar { flex: 1; }
.fxs-permission-columns { display: flex; justify-content: space-between; font-weight: 600; border-bottom: 1px solid var(--border-2); padding: 6px 4px; }
.fxs-permission-group-toggle { background: none; border: 0; border-bottom: 1px solid var(--border); width: 100%; text-align: left; padding: 8px 4px; cursor: pointer; font-weight: 600; display: flex; align-items: center; gap: 4px; }
.fxs-permission-list { list-style: none; margin: 0; padding: 0 0 0 20px; }
.fxs-permission-item { display: flex; justify-content: space-between; gap: 12px; padding: 8px 4px; border-bottom: 1px solid var(--border); }
.fxs-permission-check { display: flex; gap: 8px; align-items: flex-start; }
.fxs-permission-check input { margin-top: 3px; }
.fxs-permission-value { font-weight: 600; cursor: pointer; }
.fxs-permission-desc { color: var(--text-2); font-size: 12px; }
.fxs-permission-consent { min-width: 120px; text-align: right; }

/* home & misc */
.fxs-home-tiles { list-style: none; margin: 12px 0; padding: 0; display: flex; flex-wrap: wrap; gap: 16px; }
.fxs-home-tile { width: 110px; display: flex; flex-direction: column; align-items: center; gap: 8px; padding: 12px 6px; text-align: center; color: var(--text); border-radius: 2px; }
.fxs-home-tile:hover { background: #f3f2f1; text-decoration: none; color: var(--text); }
.fxs-home-tile-icon { width: 48px; height: 48px; display: inline-flex; align-items: center; justify-content: center; background: #eff6fc; border-radius: 4px; }
.fxs-home-tile-icon .msportalfx-svg-icon { width: 28px; height: 28px; color: var(--azure-blue); }
.msportalfx-properties { display: grid; grid-template-columns: 180px 1fr; gap: 8px 16px; }
.msportalfx-properties dd { margin: 0; }
.fxs-notfound { display: flex; gap: 12px; align-items: center; }
.fxs-notfound-icon { width: 32px; height: 32px; color: #d83b01; }
.fxs-sp-header { display: flex; gap: 20px; align-items: flex-start; }
.fxs-sp-badge { width: 64px; height: 64px; font-size: 22px; background: #038387; }
.fxs-sp-properties { min-width: 560px; }
.fxs-sp-properties .fxc-essentials-columns { grid-template-columns: 1fr; }
.fxs-sp-properties .fxc-essentials-item { grid-template-columns: 160px 1fr; }
.fxs-getstarted-tiles { display: flex; gap: 16px; }
.fxs-getstarted-tile { border: 1px solid var(--border); padding: 16px; width: 260px; }
.fxs-getstarted-tile .msportalfx-svg-icon { width: 32px; height: 32px; color: var(--azure-blue); }
.fxs-getstarted-tile h3 { font-size: 14px; margin-top: 8px; }
.fxs-bench-grid .fxc-gc-cell { padding: 3px 8px; }
`;

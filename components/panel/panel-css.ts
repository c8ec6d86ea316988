/** The panel's styles, applied inside its shadow root only (WXT resets inherited styles at the host). */
export const PANEL_CSS = `
.panel{position:fixed;top:64px;right:16px;z-index:2147483645;width:360px;max-height:calc(100vh - 88px);display:flex;flex-direction:column;
  background:#fff;color:#1b1b1b;border:1px solid #8a8886;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.22);
  font:14px/1.45 "Segoe UI",system-ui,-apple-system,sans-serif;text-align:left}
.panel.left{right:auto;left:16px}
.panel.collapsed{width:auto}
.panel *{box-sizing:border-box}
.head{display:flex;align-items:center;gap:6px;padding:8px 8px 8px 12px;border-bottom:1px solid #e1dfdd;background:#f3f2f1;border-radius:8px 8px 0 0;cursor:move;user-select:none}
.collapsed .head{border-bottom:0;border-radius:8px}
.head h2{flex:1;margin:0;font-size:14px;font-weight:600}
.body{overflow:auto;padding:12px}
button{font:inherit;cursor:pointer;border-radius:4px;border:1px solid #8a8886;background:#fff;color:#1b1b1b;padding:4px 10px;min-height:28px}
button:hover{background:#f3f2f1}
button:focus-visible,input:focus-visible,pre:focus-visible,textarea:focus-visible{outline:2px solid #0f6cbd;outline-offset:2px}
button.primary{background:#0f6cbd;border-color:#0f6cbd;color:#fff}
button.primary:hover{background:#115ea3}
button.icon{padding:2px 6px;min-width:28px}
button.link{border:0;background:none;color:#0f6cbd;text-decoration:underline;padding:0;min-height:0}
.path{font-size:12px;color:#505050;margin:0 0 8px}
.progress{font-size:12px;color:#505050;margin:0 0 8px}
h3{font-size:16px;margin:0 0 6px}
h4{font-size:13px;margin:12px 0 4px}
ol,ul{margin:4px 0 8px;padding-left:20px}
li{margin:2px 0}
.warn{border-left:4px solid #bc4b09;background:#fdf6f3;padding:6px 8px;margin:8px 0;border-radius:2px}
.info{border-left:4px solid #0f6cbd;background:#f0f6fc;padding:6px 8px;margin:8px 0;border-radius:2px}
.ok{border-left:4px solid #107c10;background:#f1faf1;padding:6px 8px;margin:8px 0;border-radius:2px}
.row{display:flex;flex-wrap:wrap;gap:6px;margin:8px 0}
.choices{display:grid;gap:8px;margin:8px 0}
.choice{text-align:left;padding:8px 10px}
.choice strong{display:block}
.steps li button{border:0;background:none;padding:2px 0;text-align:left;min-height:0;color:#1b1b1b;display:inline}
.steps li button:hover{text-decoration:underline}
.steps .state{font-size:12px;color:#505050}
.steps li[aria-current=step] button{font-weight:600}
dl{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:4px 0;font-size:12px}
dt{color:#505050}
dd{margin:0;word-break:break-all;font-family:Consolas,monospace}
pre{background:#f3f2f1;border:1px solid #e1dfdd;border-radius:4px;padding:8px;white-space:pre-wrap;word-break:break-all;font:12px/1.4 Consolas,monospace;margin:6px 0;max-height:220px;overflow:auto}
label{display:block;font-size:12px;margin-top:6px}
input{font:inherit;width:100%;padding:4px 6px;border:1px solid #8a8886;border-radius:4px;margin-top:2px}
.paste{margin:8px 0;padding:8px;border:1px dashed #8a8886;border-radius:4px}
.paste[data-attention]{border:2px solid #bc4b09}
.paste input::placeholder{color:#605e5c}
.report{margin-top:16px;border-top:1px solid #e1dfdd;padding-top:4px}
.small{font-size:12px;color:#505050;margin:4px 0}
textarea{font:12px/1.4 Consolas,monospace;width:100%;border:1px solid #8a8886;border-radius:4px}
.card{position:fixed;z-index:2147483645;width:320px;max-height:160px;padding:8px 12px 8px;background:#fff;color:#1b1b1b;border:1px solid #8a8886;border-radius:8px;
  box-shadow:0 6px 18px rgba(0,0,0,.22);overflow:visible;font:14px/1.4 "Segoe UI",system-ui,-apple-system,sans-serif;text-align:left;box-sizing:border-box}
.card *{box-sizing:border-box}
.card .arrow{position:absolute;width:14px;height:14px;background:#fff;border:solid #8a8886;transform:rotate(45deg)}
.card-head{display:flex;align-items:center;gap:6px;margin:0 0 2px}
.card-head h2{flex:1;margin:0;font-size:12px;font-weight:600;color:#505050;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.card-head .count{font-size:12px;color:#505050;white-space:nowrap}
.card-head button.icon{min-height:22px;padding:0 6px;border-color:transparent}
.card h3{font-size:14px;font-weight:600;margin:0;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.card .line{margin:2px 0 0;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;font-size:13px;line-height:1.35}
.card .line.warn{border-left-width:3px;padding:0 6px;margin:4px 0 0}
.card .row{margin:6px 0 2px;flex-wrap:nowrap}
.card a{color:#0f6cbd}
.card.compact{padding-top:4px;padding-bottom:4px}
.card.compact .line{display:none}
.launcher{position:fixed;z-index:2147483645;font:600 13px/1 "Segoe UI",system-ui,-apple-system,sans-serif}
.launcher button{width:48px;height:36px;border-radius:18px;background:#0f6cbd;border-color:#0f6cbd;color:#fff;box-shadow:0 4px 12px rgba(0,0,0,.25);padding:0}
.launcher button:hover{background:#115ea3}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

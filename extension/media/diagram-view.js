// Renders the diagram text the page carries with the bundled mermaid (no network).
(async () => {
  const { mermaid: text, dark } = JSON.parse(document.getElementById('tollgate-diagram-source').textContent);
  const target = document.getElementById('diagram');
  const error = document.getElementById('error');
  try {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: dark ? 'dark' : 'default' });
    const { svg } = await mermaid.render('tollgate-diagram-svg', text);
    target.innerHTML = svg;
    document.body.dataset.rendered = 'true';
  } catch (e) {
    error.hidden = false;
    error.textContent = `The diagram could not be drawn: ${e && e.message ? e.message : e}`;
    document.body.dataset.rendered = 'error';
  }
})();

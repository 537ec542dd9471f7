/**
 * Scrolls to a message and flashes it, drawn in the extension's own fixed layer under <body>:
 * the app's elements are never modified (the app re-renders them and would wipe any change).
 */
const LAYER_ID = 'escalation-assist-highlight';

export function flashElement(element: Element, signal: AbortSignal): void {
  element.scrollIntoView({ block: 'center', behavior: 'auto' });
  document.getElementById(LAYER_ID)?.remove();
  const layer = document.createElement('div');
  layer.id = LAYER_ID;
  const rect = element.getBoundingClientRect();
  Object.assign(layer.style, {
    position: 'fixed',
    left: `${rect.left - 4}px`,
    top: `${rect.top - 4}px`,
    width: `${rect.width + 8}px`,
    height: `${rect.height + 8}px`,
    border: '3px solid #f59e0b',
    borderRadius: '8px',
    background: 'rgba(245, 158, 11, 0.12)',
    pointerEvents: 'none',
    zIndex: '2147483646',
    transition: 'opacity 600ms ease-out',
  });
  layer.setAttribute('data-message-highlight', '');
  document.body.appendChild(layer);
  const fade = setTimeout(() => (layer.style.opacity = '0'), 1400);
  const remove = setTimeout(() => layer.remove(), 2100);
  signal.addEventListener('abort', () => {
    clearTimeout(fade);
    clearTimeout(remove);
    layer.remove();
  });
}

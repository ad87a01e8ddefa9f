/**
 * "Copy link" beside a quote is a real link to the quote in its article, so it works without
 * JavaScript; here a click (or Enter) copies the address instead and says so. A modified click
 * (new tab, new window) and a browser without the clipboard keep the link's own behaviour.
 */
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a.quote-permalink');
  if (!link || !navigator.clipboard || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const label = link.querySelector('.permalink-label');
  navigator.clipboard.writeText(link.href).then(
    () => {
      if (!label) return;
      label.textContent = 'Link copied';
      setTimeout(() => (label.textContent = 'Copy link'), 2500);
    },
    () => location.assign(link.href),
  );
});

/**
 * `/` or Ctrl/⌘+K puts the cursor in the search box (the header's, or the search page's own), as
 * on documentation sites. Part of every page's script (`page.ts`).
 */
document.addEventListener('keydown', (event) => {
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
  if (!shortcut && event.key !== '/') return;
  const target = event.target as HTMLElement;
  // A slash typed into a field is text, not a shortcut.
  if (!shortcut && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = document.querySelector<HTMLInputElement>('#search-query, #header-search-query');
  if (!box || event.altKey || (event.key === '/' && (event.ctrlKey || event.metaKey))) return;
  event.preventDefault();
  box.focus();
  box.select();
});

/* global document -- a module on WordPress's settings page */
// The settings page's check of the provider JSON, as the administrator types: the contact card's
// own reader says what it would show and what it would leave out. The server checks again on save.
const box = document.getElementById('advocacy-providers-check');
const field = document.getElementById('advocacy-providers-json');

if (box && field) {
  const { readProviders } = await import(box.dataset.tools);
  const show = () => {
    box.replaceChildren();
    const text = field.value.trim();
    if (!text) return;
    const { providers, problems } = readProviders(text);
    const summary = document.createElement('p');
    summary.textContent =
      providers.length === 1
        ? 'The contact card would show 1 provider.'
        : `The contact card would show ${providers.length} providers.`;
    box.append(summary);
    if (problems.length) {
      const list = document.createElement('ul');
      list.className = 'ul-disc';
      for (const p of problems.slice(0, 20)) {
        const item = document.createElement('li');
        const where = p.index === undefined ? '' : `Provider ${p.index + 1}: `;
        item.textContent = `${where}${p.field || 'the data'}: ${p.code.replace(/-/g, ' ')}${p.value ? ` ("${p.value}")` : ''}`;
        list.append(item);
      }
      box.append(list);
    }
  };
  let timer;
  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(show, 400);
  });
  show();
}

// happy-dom does not match options with the :checked selector, which Svelte's bind:value on a
// <select> uses to read the choice. Answer that one query from the select's own state.
const querySelector = Element.prototype.querySelector;
Element.prototype.querySelector = function (this: Element, selectors: string) {
  if (selectors === ':checked' && this instanceof HTMLSelectElement) {
    return this.selectedOptions[0] ?? null;
  }
  return querySelector.call(this, selectors);
} as typeof Element.prototype.querySelector;

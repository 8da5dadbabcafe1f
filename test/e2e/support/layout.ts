/** Layout checks run inside the page, and test files made to an exact size. */

/**
 * Under `selector`: tables whose boxes overlap each other, and cells whose content is wider than
 * the cell (a number running into its neighbour, "1 210 000 kr2021"). Runs in the page, so it
 * uses nothing from outside itself. Empty when the layout is sound.
 */
export function overlapsAndSpills(selector: string): string[] {
  const problems: string[] = [];
  const root = document.querySelector(selector);
  if (!root) return [`${selector} is missing`];
  const tables = [...root.querySelectorAll('table')].map((table) => ({
    name: table.querySelector('caption')?.textContent ?? 'table',
    box: table.getBoundingClientRect(),
  }));
  const rootBox = root.getBoundingClientRect();
  tables.forEach((a, i) => {
    for (const b of tables.slice(i + 1)) {
      const overlap =
        Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 0.5 &&
        Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 0.5;
      if (overlap) problems.push(`«${a.name}» overlaps «${b.name}»`);
    }
    if (a.box.right > rootBox.right + 0.5 || a.box.left < rootBox.left - 0.5) {
      problems.push(`«${a.name}» sticks out of ${selector}`);
    }
  });
  for (const cell of root.querySelectorAll('th, td')) {
    const box = cell.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(cell);
    const text = range.getBoundingClientRect();
    if (cell.scrollWidth > cell.clientWidth + 1 || text.right > box.right + 0.5) {
      problems.push(`«${cell.textContent ?? ''}» spills out of its cell`);
    }
  }
  return problems;
}

/** A small valid-looking PDF padded with a comment to exactly 599 bytes. */
export const PDF_OF_599_BYTES: Buffer = (() => {
  const head =
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n';
  const tail = 'trailer<</Root 1 0 R>>\n%%EOF\n';
  const padding = 599 - head.length - tail.length - 2;
  return Buffer.from(`${head}%${'x'.repeat(padding)}\n${tail}`);
})();

/**
 * The contrast of an element's text against a white page, counting the opacity of the element
 * and of everything around it (a disabled field fades its whole content, which axe skips).
 */
export function textContrastOnWhite(element: Element): number {
  const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
  const [r = 0, g = 0, b = 0, a = 1] = channels(getComputedStyle(element).color);
  let opacity = a;
  for (let e: Element | null = element; e; e = e.parentElement) {
    opacity *= Number(getComputedStyle(e).opacity);
  }
  const blend = (c: number) => c * opacity + 255 * (1 - opacity);
  const luminance = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const l =
    0.2126 * luminance(blend(r)) + 0.7152 * luminance(blend(g)) + 0.0722 * luminance(blend(b));
  return 1.05 / (l + 0.05);
}

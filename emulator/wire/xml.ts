/** Minimal XML rendering of RPC response bodies (`Format=XML`), as the POP gateway writes them. */

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function render(name: string, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (Array.isArray(value)) return value.map((v) => render(name, v)).join("");
  if (typeof value === "object") {
    const inner = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => render(k, v))
      .join("");
    return `<${name}>${inner}</${name}>`;
  }
  return `<${name}>${esc(String(value))}</${name}>`;
}

/** Renders `body` under the root element `root` with an XML declaration. */
export function toXml(root: string, body: Record<string, unknown>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${render(root, body)}`;
}

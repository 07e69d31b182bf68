// The `# yaml-language-server: $schema=…` first line that points editors at a spec's schema.
import { readHeaderFields } from "../schema-help";
import { schemaFileName } from "./index";

const MODELINE = /^# yaml-language-server: \$schema=\S*[ \t]*(\r?\n|$)/m;

/** The schema file for the spec a document declares, or undefined when it declares none. */
export function schemaFileFor(text: string): string | undefined {
  const { variant, version } = readHeaderFields(text);
  return variant && version ? schemaFileName(variant, version) : undefined;
}

/** The text with its schema line set to `url`: replaced where there is one, else added first. */
export function withSchemaLine(text: string, url: string): string {
  const line = `# yaml-language-server: $schema=${url}\n`;
  return MODELINE.test(text) ? text.replace(MODELINE, line) : line + text;
}

// /schemas/<variant>-<version>.json: the JSON Schema of every Butane spec, rendered at build
// time (static files in the export too), for editors' YAML language servers.
import { butaneJsonSchema, schemaFileName, schemaSpecs } from "../../../lib/json-schema";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams(): Array<{ file: string }> {
  return schemaSpecs().map((s) => ({ file: schemaFileName(s.variant, s.version) }));
}

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params;
  const spec = schemaSpecs().find((s) => schemaFileName(s.variant, s.version) === file);
  const schema = spec && butaneJsonSchema(spec.variant, spec.version);
  if (!schema) return new Response("no such schema\n", { status: 404 });
  return new Response(JSON.stringify(schema, null, 2) + "\n", {
    headers: { "content-type": "application/schema+json; charset=utf-8" },
  });
}

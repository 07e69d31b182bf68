"use client";
// Files, directories, links and filesystems (`storage:`).
import { useId } from "react";
import { deleteIn, has, parseButane, readString, setIn, type DocPath, type EditResult } from "../../lib/doc";
import { checkAbsolutePath, checkHash, checkMode, checkUrl } from "../../lib/form-rules";
import { useForm, type Edit } from "./context";
import { BoolField, ModeField, SelectField, TextField, type BoolMeaning } from "./fields";
import ItemList from "./ItemList";
import Section from "./Section";

const OVERWRITE: BoolMeaning = { unset: "default: false, keep what is there", yes: "replace what is there", no: "keep what is there" };

const MODE_HELP = "Octal, with a leading 0: 0644 is rw-r--r--, 0755 is rwxr-xr-x.";

function Owner({ p }: { p: DocPath }) {
  return (
    <div className="field-row">
      <TextField path={[...p, "user", "name"]} label="Owner user" placeholder="root" />
      <TextField path={[...p, "group", "name"]} label="Owner group" placeholder="root" />
    </div>
  );
}

type Source = "none" | "inline" | "local" | "source";
const SOURCE_KEYS = ["inline", "local", "source"] as const;

function then(r: EditResult, next: Edit): EditResult {
  return r.ok ? next(r.text) : r;
}

/** Where a file's contents come from: typed here, an attached local file, or a URL. */
function Contents({ p }: { p: DocPath }) {
  const { doc, apply } = useForm();
  const id = useId();
  const c = [...p, "contents"];
  const current: Source = SOURCE_KEYS.find((k) => has(doc, [...c, k])) ?? "none";
  const choose = (s: Source) => {
    apply((t) => {
      let r: EditResult = { ok: true, text: t };
      if (s === "none") return deleteIn(t, c);
      for (const k of SOURCE_KEYS) if (k !== s) r = then(r, (x) => deleteIn(x, [...c, k]));
      if (s !== "source") r = then(r, (x) => deleteIn(x, [...c, "verification"]));
      return then(r, (x) => (has(docOf(x), [...c, s]) ? { ok: true, text: x } : setIn(x, [...c, s], "")));
    });
  };
  const labels: Record<Source, string> = { none: "None", inline: "Inline text", local: "Local file", source: "URL" };
  return (
    <div className="contents">
      <fieldset className="choice">
        <legend>Source</legend>
        {(Object.keys(labels) as Source[]).map((s) => (
          <label key={s} className="radio">
            <input type="radio" name={`${id}-src`} checked={current === s} onChange={() => choose(s)} /> {labels[s]}
          </label>
        ))}
      </fieldset>
      {current === "inline" && (
        <TextField path={[...c, "inline"]} label="Contents" required multiline mono rows={6} help="The file's text, exactly as it will be written." />
      )}
      {current === "local" && <LocalFile c={c} />}
      {current === "source" && (
        <>
          <TextField path={[...c, "source"]} label="URL" required check={checkUrl} placeholder="https://example.com/file" help="Fetched by Ignition on first boot (http, https, tftp, s3, gs, or a data: URL)." />
          <TextField path={[...c, "verification", "hash"]} label="Verification hash" check={checkHash} mono placeholder="sha512-…" help="Optional: sha512- or sha256- and the hex digest; the file is refused if it does not match." />
          <SelectField path={[...c, "compression"]} label="Compression" options={[{ value: "gzip", label: "gzip" }]} help="Set it when the URL serves a gzip-compressed file to be unpacked." />
        </>
      )}
    </div>
  );
}

/** The parsed text between the steps of a composite edit. */
function docOf(text: string) {
  const p = parseButane(text);
  if (!p.ok) throw new Error(p.syntax.message);
  return p.doc;
}

function LocalFile({ c }: { c: DocPath }) {
  const { attach } = useForm();
  const id = useId();
  return (
    <>
      <div className="field">
        <label htmlFor={id}>Attach a file</label>
        <input
          id={id}
          type="file"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            if (!f) return;
            const bytes = new Uint8Array(await f.arrayBuffer());
            const name = f.name.replace(/^.*[\\/]/, "");
            // the file and the name that refers to it: one undo step
            attach({ [name]: bytes }, (t) => setIn(t, [...c, "local"], name));
            e.target.value = "";
          }}
        />
      </div>
      <TextField
        path={[...c, "local"]}
        label="Local file name"
        required
        help="The attached file whose bytes become the contents (see Attached files below). Nothing leaves your browser."
      />
    </>
  );
}

export function FilesSection() {
  const { doc } = useForm();
  return (
    <Section title="Files" help="Files written to the machine before it boots for the first time.">
      <ItemList path={["storage", "files"]} noun="file" newItem={() => ({ path: "", contents: { inline: "" } })} describe={(p) => readString(doc, [...p, "path"])} empty="No files.">
        {(p) => (
          <>
            <TextField path={[...p, "path"]} label="Path" required check={checkAbsolutePath} placeholder="/etc/motd" />
            <div className="field-row">
              <ModeField path={[...p, "mode"]} label="Mode" check={checkMode} placeholder="0644" help={MODE_HELP} />
            </div>
            <Owner p={p} />
            <Contents p={p} />
            <Append p={p} />
            <BoolField path={[...p, "overwrite"]} label="Overwrite" help="Replace whatever is already at this path, such as a file the OS ships." meaning={OVERWRITE} />
          </>
        )}
      </ItemList>
    </Section>
  );
}

function Append({ p }: { p: DocPath }) {
  const { doc } = useForm();
  return (
    <details className="append" open={has(doc, [...p, "append"])}>
      <summary>Append</summary>
      <ItemList path={[...p, "append"]} noun="appended text" level="subitem" newItem={() => ({ inline: "" })}>
        {(a) =>
          has(doc, [...a, "source"]) ? (
            <TextField path={[...a, "source"]} label="URL to append" required check={checkUrl} />
          ) : (
            <TextField path={[...a, "inline"]} label="Text to append" required multiline mono help="Added to the end of the file (after its contents)." />
          )
        }
      </ItemList>
    </details>
  );
}

export function DirectoriesSection() {
  const { doc } = useForm();
  return (
    <Section title="Directories" help="Directories to create (their parents are created as needed).">
      <ItemList path={["storage", "directories"]} noun="directory" newItem={() => ({ path: "" })} describe={(p) => readString(doc, [...p, "path"])} empty="No directories.">
        {(p) => (
          <>
            <TextField path={[...p, "path"]} label="Path" required check={checkAbsolutePath} placeholder="/var/www" />
            <ModeField path={[...p, "mode"]} label="Mode" check={checkMode} placeholder="0755" help={MODE_HELP} />
            <Owner p={p} />
            <BoolField path={[...p, "overwrite"]} label="Overwrite" help="Replace whatever is already at this path." meaning={OVERWRITE} />
          </>
        )}
      </ItemList>
    </Section>
  );
}

export function LinksSection() {
  const { doc } = useForm();
  return (
    <Section title="Links" help="Symbolic links (or hard links) to create.">
      <ItemList path={["storage", "links"]} noun="link" newItem={() => ({ path: "", target: "" })} describe={(p) => readString(doc, [...p, "path"])} empty="No links.">
        {(p) => (
          <>
            <TextField path={[...p, "path"]} label="Path" required check={checkAbsolutePath} placeholder="/etc/localtime" help="Where the link is created." />
            <TextField path={[...p, "target"]} label="Target" required placeholder="/usr/share/zoneinfo/UTC" help="What the link points to." />
            <BoolField path={[...p, "hard"]} label="Hard" help="A hard link instead of a symbolic link (the target must exist)." meaning={{ unset: "default: false, a symbolic link", yes: "a hard link", no: "a symbolic link" }} />
            <Owner p={p} />
            <BoolField path={[...p, "overwrite"]} label="Overwrite" help="Replace whatever is already at this path." meaning={OVERWRITE} />
          </>
        )}
      </ItemList>
    </Section>
  );
}

const FORMATS = ["ext4", "xfs", "btrfs", "vfat", "swap", "none"].map((f) => ({ value: f, label: f }));

export function FilesystemsSection() {
  const { doc } = useForm();
  return (
    <Section title="Filesystems" help="Filesystems to create on devices, and where to mount them.">
      <ItemList path={["storage", "filesystems"]} noun="filesystem" addLabel="Add a filesystem" newItem={() => ({ device: "" })} describe={(p) => readString(doc, [...p, "device"])} empty="No filesystems.">
        {(p) => (
          <>
            <TextField path={[...p, "device"]} label="Device" required check={checkAbsolutePath} placeholder="/dev/disk/by-partlabel/data" />
            <div className="field-row">
              <SelectField path={[...p, "format"]} label="Format" options={FORMATS} />
              <TextField path={[...p, "label"]} label="Label" />
            </div>
            <TextField path={[...p, "path"]} label="Mount path" check={checkAbsolutePath} placeholder="/var/lib/data" />
            <div className="field-row checks">
              <BoolField path={[...p, "wipe_filesystem"]} label="Wipe filesystem" help="Erase an existing filesystem that does not match." meaning={{ unset: "default: false", yes: "wipe", no: "keep an existing filesystem" }} />
              <BoolField path={[...p, "with_mount_unit"]} label="With mount unit" help="Generate a systemd mount unit for the path." meaning={{ unset: "default: false", yes: "generate a mount unit", no: "no mount unit" }} />
            </div>
          </>
        )}
      </ItemList>
    </Section>
  );
}

"use client";
// "Flatcar settings" in the form view: hostname, time zone, updates, a static network, a swap
// file and system extensions. Each card shows the value the document holds (read through
// lib/settings) until it is edited, and Apply writes it through the same lib/doc edits as the
// rest of the form (one undo step; comments elsewhere kept).
import { useState } from "react";
import { readString } from "../../lib/doc";
import * as S from "../../lib/settings";
import { useForm } from "../form/context";
import Section from "../form/Section";
import { Input, Select, SettingCard } from "./SettingCard";
import "./settings.css";

/** The value being edited, or the document's while nothing is. */
function useEdited<T>(docValue: T) {
  const [draft, setDraft] = useState<T | null>(null);
  const value = draft ?? docValue;
  const changed = draft !== null && JSON.stringify(draft) !== JSON.stringify(docValue);
  return { value, changed, set: (patch: Partial<T>) => setDraft({ ...value, ...patch }), reset: () => setDraft(null) };
}

const lines = (s: string) => s.split(/[\n,]/).map((x) => x.trim()).filter(Boolean);

function Hostname() {
  const { doc, apply } = useForm();
  const current = S.readHostname(doc) ?? "";
  const e = useEdited({ name: current });
  const error = S.checkHostname(e.value.name.trim());
  return (
    <SettingCard title="Hostname" writes={<>Writes <code>/etc/hostname</code>. Empty: the machine takes the name DHCP or its cloud gives it.</>} error={error} changed={e.changed} onApply={() => apply((t) => S.writeHostname(t, e.value.name)) && e.reset()} onRemove={current ? () => apply((t) => S.writeHostname(t, "")) && e.reset() : undefined}>
      <Input label="Hostname" value={e.value.name} onChange={(name) => e.set({ name })} placeholder="web-1" invalid={Boolean(error)} mono />
    </SettingCard>
  );
}

function Timezone() {
  const { doc, apply } = useForm();
  const current = S.readTimezone(doc) ?? "";
  const e = useEdited({ zone: current });
  const error = S.checkTimezone(e.value.zone.trim());
  return (
    <SettingCard title="Time zone" writes={<>Links <code>/etc/localtime</code> to <code>../usr/share/zoneinfo/&lt;zone&gt;</code>. Flatcar runs on UTC otherwise.</>} error={error} changed={e.changed} onApply={() => apply((t) => S.writeTimezone(t, e.value.zone)) && e.reset()} onRemove={current ? () => apply((t) => S.writeTimezone(t, "")) && e.reset() : undefined}>
      <Input label="Time zone" value={e.value.zone} onChange={(zone) => e.set({ zone })} placeholder="Europe/Berlin" list="kindling-time-zones" invalid={Boolean(error)} help="Type to search the tz database's names." />
      <datalist id="kindling-time-zones">
        {S.TIME_ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
    </SettingCard>
  );
}

function Updates() {
  const { doc, apply } = useForm();
  const stored = S.readUpdates(doc);
  const current = { group: stored?.group ?? "", strategy: stored?.strategy ?? "", windowStart: stored?.windowStart ?? "", windowLength: stored?.windowLength ?? "", server: stored?.server ?? "" };
  const e = useEdited(current);
  const error = S.checkUpdates(e.value);
  return (
    <SettingCard title="Updates and reboots" writes={<>Writes <code>/etc/flatcar/update.conf</code> (GROUP, REBOOT_STRATEGY, LOCKSMITHD_REBOOT_WINDOW_START/LENGTH), keeping its other lines.</>} error={error} changed={e.changed} onApply={() => apply((t) => S.writeUpdates(t, e.value)) && e.reset()} onRemove={stored ? () => apply((t) => S.writeUpdates(t, {})) && e.reset() : undefined}>
      <div className="field-row">
        <Input label="Update group" value={e.value.group} onChange={(group) => e.set({ group })} placeholder="stable" list="kindling-update-groups" help="The channel: stable, beta, alpha, lts, or a group of your own update server." mono />
        <datalist id="kindling-update-groups">
          {S.UPDATE_GROUPS.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
        <Select label="Reboot strategy" value={e.value.strategy} onChange={(strategy) => e.set({ strategy })} options={[{ value: "", label: "not set (reboot, or etcd-lock when etcd runs)" }, ...S.REBOOT_STRATEGIES]} />
      </div>
      <div className="field-row">
        <Input label="Reboot window start" value={e.value.windowStart} onChange={(windowStart) => e.set({ windowStart })} placeholder="Thu 04:00" help="A weekday (optional) and a time: reboots wait for the window." mono invalid={Boolean(S.checkWindowStart(e.value.windowStart))} />
        <Input label="Reboot window length" value={e.value.windowLength} onChange={(windowLength) => e.set({ windowLength })} placeholder="1h" help="e.g. 1h, 30m, 1h30m." mono invalid={Boolean(S.checkWindowLength(e.value.windowLength))} />
      </div>
      <Input label="Update server" value={e.value.server} onChange={(server) => e.set({ server })} placeholder="https://public.update.flatcar-linux.net/v1/update/" help="Only for your own Nebraska server; leave empty for Flatcar's." mono />
    </SettingCard>
  );
}

const NEW = "";

function Network() {
  const { doc, apply } = useForm();
  const networks = S.readNetworks(doc);
  const [chosen, setChosen] = useState<string | null>(null);
  const file = chosen ?? networks[0]?.file ?? NEW;
  const existing = networks.find((n) => n.file === file);
  const current = existing ? { file: existing.file, match: existing.match, addresses: existing.addresses.join("\n"), gateway: existing.gateway, dns: existing.dns.join("\n") } : { file: "00-eth0.network", match: "eth0", addresses: "", gateway: "", dns: "" };
  const e = useEdited(current);
  const value: S.StaticNetwork = { file: e.value.file.trim(), match: e.value.match, addresses: lines(e.value.addresses), gateway: e.value.gateway, dns: lines(e.value.dns) };
  // judged once edited: a form nobody touched is no error
  const error = e.changed ? (value.addresses.length === 0 ? "Give at least one address with its prefix length, e.g. 192.168.1.10/24." : S.checkNetwork(value)) : undefined;
  const renamed = existing && value.file !== existing.file;
  return (
    <SettingCard
      title="Static network"
      writes={<>Writes <code>/etc/systemd/network/&lt;file&gt;</code> for systemd-networkd: [Match] Name=, [Network] Address=, Gateway=, DNS=.</>}
      error={error}
      changed={e.changed}
      applyLabel={existing && !renamed ? "Apply" : "Add network"}
      onApply={() => apply((t) => S.writeNetwork(t, value)) && (setChosen(value.file), e.reset())}
      onRemove={existing ? () => apply((t) => S.removeNetwork(t, existing.file)) && (setChosen(null), e.reset()) : undefined}
    >
      {networks.length > 0 && (
        <Select label="Network file" value={file} onChange={(f) => (setChosen(f), e.reset())} options={[...networks.map((n) => ({ value: n.file, label: n.file })), { value: NEW, label: "New network…" }]} />
      )}
      <div className="field-row">
        <Input label="File name" value={e.value.file} onChange={(f) => e.set({ file: f })} mono invalid={Boolean(S.checkNetworkFile(e.value.file.trim()))} help="Files apply in name order: 00-… comes first." />
        <Input label="Interface" value={e.value.match} onChange={(match) => e.set({ match })} placeholder="eth0" mono help="Its name, or a glob such as en*." />
      </div>
      <div className="field-row">
        <Input label="Addresses" value={e.value.addresses} onChange={(addresses) => e.set({ addresses })} placeholder="192.168.1.10/24" multiline mono help="One per line, with the prefix length (IPv4 or IPv6)." />
        <Input label="DNS servers" value={e.value.dns} onChange={(dns) => e.set({ dns })} placeholder="9.9.9.9" multiline mono help="One per line." />
      </div>
      <Input label="Gateway" value={e.value.gateway} onChange={(gateway) => e.set({ gateway })} placeholder="192.168.1.1" mono invalid={Boolean(e.value.gateway.trim() && S.checkIp(e.value.gateway))} />
    </SettingCard>
  );
}

function Swap() {
  const { doc, apply } = useForm();
  const stored = S.readSwap(doc);
  const e = useEdited(stored ?? { path: "/var/vm/swapfile1", size: "1024M" });
  const error = stored && !e.changed ? undefined : S.checkSwapPath(e.value.path.trim()) ?? S.checkSwapSize(e.value.size);
  return (
    <SettingCard
      title="Swap file"
      writes={<>Adds a unit that creates the file once (fallocate, chmod 600, mkswap) and an enabled <code>{S.swapUnitName(e.value.path.trim() || "/var/vm/swapfile1")}</code> that turns it on at every boot.</>}
      error={error}
      changed={e.changed || !stored}
      dirty={e.changed}
      applyLabel={stored ? "Apply" : "Add swap file"}
      onApply={() => apply((t) => S.writeSwap(t, { path: e.value.path.trim(), size: e.value.size })) && e.reset()}
      onRemove={stored ? () => apply((t) => S.removeSwap(t, stored.path)) && e.reset() : undefined}
    >
      <div className="field-row">
        <Input label="Swap file" value={e.value.path} onChange={(path) => e.set({ path })} mono help="Under /var, on the writable disk (not btrfs)." />
        <Input label="Swap size" value={e.value.size} onChange={(size) => e.set({ size })} mono help="e.g. 1024M or 2G." />
      </div>
    </SettingCard>
  );
}

function Sysexts() {
  const { doc, apply } = useForm();
  const list = S.readSysexts(doc);
  const e = useEdited<S.Sysext>({ name: "", version: "", arch: "x86-64", sysupdate: true });
  const error = e.value.name || e.value.version ? S.checkSysext({ ...e.value, name: e.value.name.trim(), version: e.value.version.trim() }) : undefined;
  const known = list.some((x) => x.name === e.value.name.trim());
  return (
    <SettingCard
      title="System extensions"
      writes={
        <>
          Downloads an image from the <a href="https://flatcar.github.io/sysext-bakery/">Flatcar sysext bakery</a> to <code>/opt/extensions/&lt;name&gt;/</code> and links it in <code>/etc/extensions/</code>; with updates, adds the systemd-sysupdate configuration.
        </>
      }
      error={error}
      changed={Boolean(e.value.name && e.value.version) && e.changed}
      applyLabel={known ? "Update extension" : "Add extension"}
      onApply={() => apply((t) => S.writeSysext(t, { ...e.value, name: e.value.name.trim(), version: e.value.version.trim() })) && e.reset()}
    >
      {list.length > 0 && (
        <ul className="sysext-list">
          {list.map((x) => (
            <li key={x.name}>
              <code>
                {x.name} {x.version || "?"} ({x.arch})
              </code>
              {x.sysupdate ? " kept updated" : ""}
              <button type="button" className="button small" onClick={() => e.set(x)}>
                Edit
              </button>
              <button type="button" className="button small danger" onClick={() => apply((t) => S.removeSysext(t, x.name))} aria-label={`Remove ${x.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="field-row">
        <Input label="Extension" value={e.value.name} onChange={(name) => e.set({ name })} placeholder="wasmtime" list="kindling-bakery" mono />
        <datalist id="kindling-bakery">
          {S.BAKERY_EXTENSIONS.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <Input label="Extension version" value={e.value.version} onChange={(version) => e.set({ version })} placeholder="v31.0.0" mono help="As the bakery names it, e.g. v31.0.0 (wasmtime) or 2.34.0 (docker-compose)." />
        <Select label="Architecture" value={e.value.arch} onChange={(arch) => e.set({ arch })} options={S.SYSEXT_ARCHES.map((a) => ({ value: a, label: a }))} />
      </div>
      <label className="radio">
        <input type="checkbox" checked={e.value.sysupdate} onChange={(ev) => e.set({ sysupdate: ev.target.checked })} /> Keep it updated (systemd-sysupdate, reboot when a new image arrives)
      </label>
    </SettingCard>
  );
}

export default function FlatcarSettings() {
  const { doc } = useForm();
  const variant = readString(doc, ["variant"]);
  if (variant !== undefined && variant !== "flatcar") return null;
  return (
    <Section title="Flatcar settings" help="The usual machine settings, written as the files and units Flatcar reads. Each shows what the document holds; Apply writes it.">
      <div className="settings-grid">
        <Hostname />
        <Timezone />
        <Updates />
        <Network />
        <Swap />
        <Sysexts />
      </div>
    </Section>
  );
}

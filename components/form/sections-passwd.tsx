"use client";
// Users and groups (`passwd:`).
import { readString } from "../../lib/doc";
import { checkAbsolutePath, checkAccountName, checkPasswordHash, checkSshKey, checkWholeNumber } from "../../lib/form-rules";
import { useForm } from "./context";
import { BoolField, IntField, ListField, TextField } from "./fields";
import ItemList from "./ItemList";
import SetPassword from "../helpers/SetPassword";
import AddSshKeys from "../helpers/AddSshKeys";
import Section from "./Section";

export function UsersSection() {
  const { doc } = useForm();
  return (
    <Section title="Users" help={<>Accounts to create, or to change if they exist. On Flatcar, give <code>core</code> your SSH key to log in.</>}>
      <ItemList path={["passwd", "users"]} noun="user" newItem={() => ({ name: "" })} describe={(p) => readString(doc, [...p, "name"])} empty="No users.">
        {(p) => (
          <>
            <TextField path={[...p, "name"]} label="Name" required check={checkAccountName} placeholder="core" help="The login name." />
            <ListField
              path={[...p, "ssh_authorized_keys"]}
              label="SSH authorized keys"
              separator="lines"
              check={checkSshKey}
              placeholder="ssh-ed25519 AAAA… you@laptop"
              help="Public keys allowed to log in, one per line, as in ~/.ssh/authorized_keys."
            />
            <AddSshKeys path={[...p, "ssh_authorized_keys"]} />
            <TextField
              path={[...p, "password_hash"]}
              label="Password hash"
              check={checkPasswordHash}
              placeholder="$y$…"
              mono
              help={<>A crypt hash, never the password itself (make one with <code>mkpasswd</code>). Empty: no password login.</>}
            />
            <SetPassword path={[...p, "password_hash"]} />
            <ListField path={[...p, "groups"]} label="Groups" separator="commas" placeholder="wheel, docker" help="Extra groups, separated by commas. They must exist on the machine or be defined below." />
            <div className="field-row">
              <IntField path={[...p, "uid"]} label="UID" check={checkWholeNumber} help="Empty: the system picks one." />
              <TextField path={[...p, "primary_group"]} label="Primary group" help="Empty: a group named after the user." />
            </div>
            <div className="field-row">
              <TextField path={[...p, "home_dir"]} label="Home directory" check={checkAbsolutePath} placeholder="/home/NAME" />
              <TextField path={[...p, "shell"]} label="Shell" check={checkAbsolutePath} placeholder="/bin/bash" />
            </div>
            <div className="field-row checks">
              <BoolField path={[...p, "no_create_home"]} label="No create home" help="Only for an account that does not exist yet." meaning={{ unset: "default: false", yes: "no home directory", no: "create the home directory" }} />
              <BoolField path={[...p, "system"]} label="System" help="A system account (low UID, no aging); only for an account that does not exist yet." meaning={{ unset: "default: false", yes: "a system account", no: "a regular account" }} />
            </div>
          </>
        )}
      </ItemList>
    </Section>
  );
}

export function GroupsSection() {
  const { doc } = useForm();
  return (
    <Section title="Groups" help="Groups to create. Members are listed on each user.">
      <ItemList path={["passwd", "groups"]} noun="group" newItem={() => ({ name: "" })} describe={(p) => readString(doc, [...p, "name"])} empty="No groups.">
        {(p) => (
          <>
            <div className="field-row">
              <TextField path={[...p, "name"]} label="Name" required check={checkAccountName} />
              <IntField path={[...p, "gid"]} label="GID" check={checkWholeNumber} help="Empty: the system picks one." />
            </div>
            <TextField path={[...p, "password_hash"]} label="Password hash" check={checkPasswordHash} mono help="Rarely needed: a crypt hash for newgrp." />
            <BoolField path={[...p, "system"]} label="System" help="A system group (low GID); only for a group that does not exist yet." meaning={{ unset: "default: false", yes: "a system group", no: "a regular group" }} />
          </>
        )}
      </ItemList>
    </Section>
  );
}

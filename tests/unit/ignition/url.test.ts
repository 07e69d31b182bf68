import { test } from "node:test";
import assert from "node:assert/strict";
import { base64Error, dataURLError } from "../../../lib/ignition/validate/dataurl";
import { parseQuery, parseURL } from "../../../lib/ignition/validate/url";
import { validateURL } from "../../../lib/ignition/validate/checks";
import { clean, ext, join } from "../../../lib/go/gopath";

test("url.Parse: failures", () => {
  for (const bad of ["://x", "http://exa mple/", "http://h/%zz", "http://[::1", "http://h:8a/", "http://u@h%41/", "a:b/c".replace("a", "1a"), "http://h/\x7f", "http://h#%zz"])
    assert.equal(parseURL(bad), undefined, bad);
  assert.equal(parseURL("1a:b/c")?.scheme, undefined);
});

test("url.Parse: scheme, opaque and query", () => {
  assert.deepEqual(parseURL("HTTPS://h/p?q=1#f"), { scheme: "https", opaque: "", rawQuery: "q=1" });
  assert.deepEqual(parseURL("arn:aws:s3:::b/k?versionId=2"), { scheme: "arn", opaque: "aws:s3:::b/k", rawQuery: "versionId=2" });
  assert.deepEqual(parseURL("proxy.corp.example:3128"), { scheme: "proxy.corp.example", opaque: "3128", rawQuery: "" });
  assert.deepEqual(parseURL("configs/app.conf"), { scheme: "", opaque: "", rawQuery: "" });
  assert.deepEqual(parseURL("http://h/p?"), { scheme: "http", opaque: "", rawQuery: "" });
  assert.deepEqual([...parseQuery("versionId=&a=1;b&c=%zz&d+e=f%20g")], [["versionId", [""]], ["d e", ["f g"]]]);
});

test("validateURL: data URLs parse as URLs first (fragment, control characters, a path after data:)", () => {
  const schemes = { gs: true, arn: true };
  assert.equal(validateURL("data:,hello%20world", schemes), undefined);
  assert.equal(validateURL("data:;base64,aGk=", schemes), undefined);
  assert.equal(validateURL("data:,a b", schemes), "invalid data character");
  assert.equal(validateURL("data:,x#%zz", schemes), "unable to parse url");
  assert.equal(validateURL("data:,x\x01", schemes), "unable to parse url");
  assert.equal(validateURL("data:,x#ok", schemes), "invalid data character");
  assert.equal(validateURL("data://h%zz/x", schemes), "unable to parse url");
  assert.equal(validateURL("DATA:,x", schemes), "missing data prefix"); // the scheme is case-insensitive, the data URL prefix is not
});

test("Go base64 decoding errors (StdEncoding, newlines skipped)", () => {
  assert.equal(base64Error("aGk="), undefined);
  assert.equal(base64Error("aG\nk="), undefined);
  assert.equal(base64Error("aGk"), "illegal base64 data at input byte 0");
  assert.equal(base64Error("aGk=x"), "illegal base64 data at input byte 4");
  assert.equal(base64Error("a==="), "illegal base64 data at input byte 1");
  assert.equal(base64Error("aG=="), undefined);
  assert.equal(base64Error("aG="), "illegal base64 data at input byte 3");
  assert.equal(base64Error("a!"), "illegal base64 data at input byte 1");
});

test("data URL lexer errors", () => {
  assert.equal(dataURLError("data:,x"), undefined);
  assert.equal(dataURLError("data:text/plain;a=b;c=\"d e\",x"), undefined);
  assert.equal(dataURLError("data:text/plain"), "incomplete media type");
  assert.equal(dataURLError("data:text"), "missing media type slash");
  assert.equal(dataURLError("data:x-foo/bar,x"), undefined);
  assert.equal(dataURLError("data:;a,x"), "expected base64, got a");
  assert.equal(dataURLError("data:;=x,"), "unterminated parameter sequence");
  assert.equal(dataURLError("data:text/plain;a=\"b"), "unclosed quoted string");
  assert.equal(dataURLError("data:,é"), "invalid data character");
  assert.equal(dataURLError("data:,ok😀"), "invalid data character");
  assert.equal(dataURLError("data:text/plain;a=\"😀\",x"), "invalid character for parameter value");
});

test("data URL payloads: escapes and base64 checked after the lexer", () => {
  assert.equal(dataURLError("data:,a%20b%2C"), undefined);
  assert.equal(dataURLError("data:,a%zz"), "rfc2396: invalid char 0x25 in unescape sequence");
  assert.equal(dataURLError("data:,a%2"), "rfc2396: unexpected end of unescape sequence");
  assert.equal(dataURLError("data:,a b"), "invalid data character");
  assert.equal(dataURLError("data:;base64,aGk="), undefined);
  assert.equal(dataURLError("data:;base64,aG!="), "invalid data character");
  assert.equal(dataURLError("data:;base64,aGk"), "illegal base64 data at input byte 0");
  assert.equal(dataURLError("data:;base64,a%3D"), "invalid data character");
});

test("Go path helpers", () => {
  assert.equal(clean("/a/../../b/./c//"), "/b/c");
  // Already-clean paths come back as they are; anything with an empty, "." or ".." segment is cleaned.
  for (const p of ["/", "/a/b", "a/..b/.c", "..a", "/etc/x.conf", "..", "../../x"]) assert.equal(clean(p), p);
  assert.equal(clean("/a/."), "/a");
  assert.equal(clean("a/"), "a");
  assert.equal(clean("/.."), "/");
  assert.equal(clean("."), ".");
  assert.equal(clean("/a//b"), "/a/b");
  assert.equal(clean("./a"), "a");
  assert.equal(clean("a/../.."), "..");
  assert.equal(clean(""), ".");
  assert.equal(join("/a/b", "../c"), "/a/c");
  assert.equal(ext("a.b/c"), "");
  assert.equal(ext("x.service"), ".service");
});

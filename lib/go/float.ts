// strconv.FormatFloat(f, 'g', -1, 64): the shortest digits that round-trip (JavaScript finds
// the same ones), printed in %e form when the exponent is < -4 or >= max(digits, 6)... as Go
// decides it, else in %f form.

export function goFormatFloat(f: number): string {
  if (Object.is(f, -0)) return "-0";
  if (f === 0) return "0";
  const neg = f < 0;
  const [mant, expText] = Math.abs(f).toExponential().split("e");
  const digits = mant.replace(".", "");
  const nd = digits.length;
  const dp = Number(expText) + 1; // decimal point position
  let eprec = 6;
  if (eprec > nd && nd >= dp) eprec = nd;
  const exp = dp - 1;
  let body: string;
  if (exp < -4 || exp >= eprec) {
    const frac = digits.slice(1);
    const e = Math.abs(exp);
    body = digits[0] + (frac ? "." + frac : "") + "e" + (exp < 0 ? "-" : "+") + (e < 10 ? "0" + e : String(e));
  } else if (dp <= 0) {
    body = "0." + "0".repeat(-dp) + digits;
  } else if (dp >= nd) {
    body = digits + "0".repeat(dp - nd);
  } else {
    body = digits.slice(0, dp) + "." + digits.slice(dp);
  }
  return (neg ? "-" : "") + body;
}

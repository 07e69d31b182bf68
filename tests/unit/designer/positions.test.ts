import { test } from "node:test";
import assert from "node:assert/strict";
import { fatalPositions } from "../../../components/editor/positions";

test("fatal errors point at their line", () => {
  assert.deepEqual(fatalPositions("yaml: line 5: did not find expected key"), [{ line: 5, column: undefined, message: "did not find expected key" }]);
  assert.deepEqual(
    fatalPositions("yaml: unmarshal errors:\n  line 6: cannot unmarshal !!str `abc` into int\n  line 9: field x not found in type v0_5.File").map((p) => p.line),
    [6, 9],
  );
  // "already defined at line 3" is not a position of its own
  assert.deepEqual(fatalPositions('yaml: unmarshal errors:\n  line 7: mapping key "a" already defined at line 3').map((p) => p.line), [7]);
  assert.deepEqual(fatalPositions("error parsing variant; must be specified"), []);
});

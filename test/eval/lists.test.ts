import { UserError } from "../../src/errors.js";
import { parseAdvisories, parsePopularList, parseTriage, specName } from "../../src/eval/lists.js";

const ADVISORY_HEADER = "vulnerable\tfixed\tdimension\trule\tadvisory\tsink\tchecked";

function thrown(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

describe("popular.txt", () => {
  test("names, with comments and blank lines skipped", () => {
    expect(parsePopularList("# header\n@scope/server-a\n\nplain-server\n", "p")).toEqual(["@scope/server-a", "plain-server"]);
  });
  test("a name listed twice or a spec instead of a name is an error on its line", () => {
    expect(thrown(() => parsePopularList("a\n# c\na\n", "p.txt")).oneLine()).toBe("p.txt:3: listed twice: a");
    expect(thrown(() => parsePopularList("a b\n", "p.txt")).line).toBe(1);
  });
});

describe("advisories.tsv", () => {
  const row = "srv@1.0.0\tsrv@1.0.1\tcode\tcode/command-injection|code/argument-injection\tGHSA-1\texec(x)\tdist/a.js:1 -> dist/a.js:2";
  test("a row with alternative rules", () => {
    const [pair] = parseAdvisories(`# comment\n${ADVISORY_HEADER}\n${row}\n`, "a");
    expect(pair).toMatchObject({ vulnerable: "srv@1.0.0", fixed: "srv@1.0.1", dimension: "code", rules: ["code/command-injection", "code/argument-injection"], line: 3 });
  });
  test("the header is required", () => {
    expect(thrown(() => parseAdvisories(`${row}\n`, "a.tsv")).message).toMatch(/header/);
  });
  test("wrong column count, inexact spec, unknown dimension and a rule outside the dimension are errors", () => {
    expect(thrown(() => parseAdvisories(`${ADVISORY_HEADER}\nsrv@1\tsrv@2\n`, "a.tsv")).oneLine()).toBe("a.tsv:2: expected 7 tab-separated columns, found 2");
    expect(thrown(() => parseAdvisories(`${ADVISORY_HEADER}\n${row.replace("srv@1.0.0", "srv@^1.0.0")}\n`, "a")).message).toMatch(/exact npm spec/);
    expect(thrown(() => parseAdvisories(`${ADVISORY_HEADER}\n${row.replace("\tcode\t", "\tcodes\t")}\n`, "a")).message).toMatch(/unknown dimension/);
    expect(thrown(() => parseAdvisories(`${ADVISORY_HEADER}\n${row.replace("\tcode\t", "\ttransport\t")}\n`, "a")).message).toMatch(/not in dimension transport/);
  });
  test("specName takes the name of an exact spec only", () => {
    expect(specName("@scope/x@1.2.3")).toBe("@scope/x");
    expect(specName("x@0.0.5-beta.1")).toBe("x");
    expect(specName("x@latest")).toBeUndefined();
    expect(specName("x")).toBeUndefined();
  });
});

describe("triage.tsv", () => {
  const header = "rule\tpackage\tlocation\tevidence\tverdict\treason";
  test("rows with a verdict and a reason", () => {
    const rows = parseTriage(`${header}\ncode/ssrf\tsrv\tdist/a.js:3\tfetch(url)\treal\ttool input url reaches fetch\n`, "t");
    expect(rows[0]).toMatchObject({ rule: "code/ssrf", package: "srv", verdict: "real", line: 2 });
  });
  test("a verdict other than real/false, or no reason, is an error", () => {
    expect(thrown(() => parseTriage(`${header}\nr\ts\tl\te\tmaybe\twhy\n`, "t")).message).toMatch(/verdict/);
    expect(thrown(() => parseTriage(`${header}\nr\ts\tl\te\tfalse\t\n`, "t")).message).toMatch(/reason/);
  });
});

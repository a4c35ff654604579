/** Which argv elements a program can read as options, and which patterns keep a value from starting with `-`. */
import { type ArgvElement, applicableOptions, optionPositions, optionProgram, patternForbidsLeadingDash, worstOption } from "../../src/analysis/argv-options.js";
import { readReferenceData } from "../../src/facts/reference-data.js";

const table = readReferenceData().optionPrograms;
const git = optionProgram(table, "git")!;
const ssh = optionProgram(table, "/usr/bin/ssh")!;

/** Elements from a compact notation: "text" literal, "$x" a hole named x, "-n=$x" mixed, "...$x" a spread, "+" pairs with the previous. */
function argv(...words: string[]): ArgvElement<string>[] {
  return words.map((w) => {
    const paired = w.startsWith("+");
    const word = paired ? w.slice(1) : w;
    if (word.startsWith("...$")) return { spread: word.slice(4) };
    const parts = word.split(/(\$\w+)/).filter((p) => p !== "").map((p) => (p.startsWith("$") ? { hole: p.slice(1) } : { text: p }));
    return { parts, ...(paired ? { paired: true } : {}) };
  });
}

const holes = (elements: ArgvElement<string>[], program = git) => optionPositions(elements, program).map((p) => `${p.hole}@${p.subcommand ?? "-"}`);

describe("optionPositions", () => {
  test.each([
    ["a ref after the subcommand", argv("log", "$ref"), ["ref@log"]],
    ["a ref after --", argv("log", "--", "$ref"), []],
    ["a ref after --end-of-options", argv("log", "--end-of-options", "$ref"), []],
    ["holes before and after --", argv("log", "$ref", "--", "$path"), ["ref@log"]],
    ["a value inside --author=", argv("log", "--author=$a"), []],
    ["a hole behind literal text", argv("show", "HEAD:$file"), []],
    ["a value paired with its option", argv("log", "-n", "+$count"), []],
    ["an unpaired element after a flag is still an option position", argv("log", "--stat", "$branch"), ["branch@log"]],
    ["a spread of unknown arguments", argv("log", "...$rest"), ["rest@log"]],
    ["an element mixing a hole first", argv("checkout", "$branch-suffix"), ["branch@checkout"]],
    ["the subcommand itself", argv("$sub", "x"), ["sub@-"]],
  ])("%s", (_name, elements, expected) => {
    expect(holes(elements)).toEqual(expected);
  });

  test("a program that stops at its first operand: only elements before it", () => {
    expect(holes(argv("$host", "uptime"), ssh)).toEqual(["host@-"]);
    expect(holes(argv("-p", "+22", "example.com", "$command"), ssh)).toEqual([]);
    expect(holes(argv("-i", "+key", "$host"), ssh)).toEqual(["host@-"]);
  });
});

describe("the option table", () => {
  test("names programs by base name, path or Windows suffix", () => {
    expect(optionProgram(table, "C:\\Program Files\\Git\\bin\\git.exe")?.name).toBe("git");
    expect(optionProgram(table, "gawk")?.name).toBe("awk");
    expect(optionProgram(table, "not-a-listed-program")).toBeUndefined();
  });

  test("the worst option of a subcommand", () => {
    expect(worstOption(applicableOptions(git, "log"))?.option).toBe("--output");
    expect(worstOption(applicableOptions(git, "clone"))?.effect).toBe("execute");
    expect(worstOption(applicableOptions(git, "checkout"))).toBeUndefined();
    expect(worstOption(applicableOptions(optionProgram(table, "kubectl")!, "get"))?.option).toBe("--kubeconfig");
  });

  test("has a dated source and options that start with a dash", () => {
    expect(table.source).toMatch(/GTFOBins/);
    expect(table.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const p of table.programs) for (const o of [...p.options, ...Object.values(p.subcommands).flat()]) expect(o.option.startsWith("-")).toBe(true);
  });
});

describe("patternForbidsLeadingDash", () => {
  test.each([
    ["^[a-z0-9]+$", true],
    ["^[A-Za-z0-9_./]+$", true],
    ["^\\w[\\w.-]*$", true],
    ["^[^-]", true],
    ["^[^\\s-][^\\s]*$", true],
    ["^(?!-)", true],
    ["^v\\d+", true],
    ["^[a-z0-9_-]+$", false],
    ["^[-\\w]+$", false],
    ["^[\\w.-]+$", false],
    ["^[ -~]+$", false],
    ["^[a-z\\-]+$", false],
    ["[a-z]+", false],
    ["^.+$", false],
    ["^\\S+$", false],
    ["^(?:main|dev)$", true],
    ["^(main|-x)$", false],
    ["^(?:a|.*)$", false],
  ])("%s → %s", (pattern, forbids) => {
    expect(patternForbidsLeadingDash(pattern)).toBe(forbids);
  });
});

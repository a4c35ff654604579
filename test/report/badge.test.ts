import { badgeEndpoint, renderBadgeJson, renderBadgeSvg } from "../../src/report/badge.js";

describe("badge", () => {
  test("shields.io endpoint JSON: grade and score, coloured by grade", () => {
    expect(badgeEndpoint({ score: 92, grade: "A" })).toEqual({ schemaVersion: 1, label: "MCP Trust", message: "A 92", color: "brightgreen" });
    expect(badgeEndpoint({ score: 71, grade: "C" }).color).toBe("yellow");
    expect(badgeEndpoint({ score: 12, grade: "F" }).color).toBe("red");
    expect(JSON.parse(renderBadgeJson({ score: null, grade: null }))).toEqual({ schemaVersion: 1, label: "MCP Trust", message: "not scored", color: "lightgrey" });
  });

  test("SVG: self-contained, the grade's colour, widths that grow with the text", () => {
    const svg = renderBadgeSvg({ score: 85, grade: "B" });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('aria-label="MCP Trust: B 85"');
    expect(svg).toContain('fill="#97ca00"');
    expect(svg).not.toMatch(/href=|<script/);
    const width = (s: string) => Number(/width="(\d+)"/.exec(s)![1]);
    expect(width(renderBadgeSvg({ score: null, grade: null }))).toBeGreaterThan(width(svg));
  });

  test("SVG escapes its label", () => {
    const svg = renderBadgeSvg({ score: 50, grade: "F" }, `<a href="x">&'`);
    expect(svg).toContain("&lt;a href=&quot;x&quot;&gt;&amp;&apos;");
    expect(svg).not.toContain('<a href="x">');
  });
});

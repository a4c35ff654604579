/**
 * Program launches that hand a target to the platform's opener or a device's intent launcher: `xdg-open URL`,
 * macOS `open URL`, `cmd /c start "" URL`, `rundll32 url.dll,FileProtocolHandler URL`, `adb shell am start -d URL`,
 * `xcrun simctl openurl DEVICE URL`. Openers run whatever handler the scheme names (`file:`, `intent:`, custom
 * protocol handlers), so a target nothing restricts to http(s) is command-injection family. Pure: words in, targets out.
 */
import { programBaseName } from "./argv-options.js";

export interface OpenerLaunch {
  /** How a message names the launcher: "xdg-open", "the Android intent launcher (adb shell am start)". */
  launcher: string;
  /** Indexes of the argv elements (after the program) that are the opened target. */
  targets: number[];
}

/**
 * The opener a launch runs, given the program and its argv elements (literal texts, undefined for holes). Only
 * elements the launcher opens count as targets; options and fixed words do not.
 */
export function openerLaunch(program: string, words: readonly (string | undefined)[]): OpenerLaunch | undefined {
  const name = programBaseName(program);
  const operands = (from: number): number[] => {
    const out: number[] = [];
    for (let i = from; i < words.length; i++) if (words[i] === undefined || !words[i]!.startsWith("-")) out.push(i);
    return out;
  };
  switch (name) {
    case "xdg-open":
    case "wslview":
    case "kde-open":
    case "kde-open5":
    case "gnome-open":
    case "sensible-browser":
    case "x-www-browser":
      return { launcher: name, targets: operands(0) };
    case "open":
      // macOS open: `-a App` names an application; the other operands are opened with their handler.
      return { launcher: "open (macOS)", targets: operands(0).filter((i) => words[i - 1] !== "-a" && words[i - 1] !== "-b") };
    case "gio":
      return words[0] === "open" ? { launcher: "gio open", targets: operands(1) } : undefined;
    case "explorer":
      return { launcher: "explorer", targets: operands(0) };
    case "rundll32": {
      const at = words.findIndex((w) => w !== undefined && /^url\.dll,(?:FileProtocolHandler|OpenURL)/i.test(w));
      return at >= 0 ? { launcher: "rundll32 url.dll", targets: range(at + 1, words.length) } : undefined;
    }
    case "cmd": {
      const at = words.findIndex((w) => w !== undefined && w.toLowerCase() === "start");
      if (at < 0 || !words.slice(0, at).some((w) => w !== undefined && /^\/[ck]$/i.test(w))) return undefined;
      // `start "" URL`: the first quoted operand is a window title.
      const from = words[at + 1] === "" || words[at + 1] === '""' ? at + 2 : at + 1;
      return { launcher: "cmd start", targets: range(from, words.length) };
    }
    case "powershell":
    case "pwsh": {
      const at = words.findIndex((w) => w !== undefined && /^(?:start-process|start|saps)$/i.test(w));
      return at >= 0 ? { launcher: "PowerShell Start-Process", targets: range(at + 1, words.length).filter((i) => words[i] === undefined || !words[i]!.startsWith("-")) } : undefined;
    }
    case "adb": {
      // adb [-s serial] shell am start [-a ACTION] [-d DATA_URI] [-n COMPONENT] …; `am start` also takes an intent URI operand.
      const am = words.findIndex((w, i) => w === "am" && words[i + 1] === "start");
      if (am < 0 || !words.slice(0, am).includes("shell")) return undefined;
      const targets: number[] = [];
      for (let i = am + 2; i < words.length; i++) {
        if (words[i] === "-d" || words[i] === "--data") targets.push(i + 1);
        else if (words[i] === undefined && (words[i - 1] === undefined || !/^-/.test(words[i - 1]!))) targets.push(i);
      }
      return targets.length > 0 ? { launcher: "the Android intent launcher (adb shell am start)", targets: targets.filter((i) => i < words.length) } : undefined;
    }
    case "xcrun": {
      const at = words.findIndex((w, i) => w === "simctl" && words[i + 1] === "openurl");
      // xcrun simctl openurl <device> <url>
      return at >= 0 ? { launcher: "the iOS simulator's URL launcher (xcrun simctl openurl)", targets: [at + 3].filter((i) => i < words.length) } : undefined;
    }
    default:
      return undefined;
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

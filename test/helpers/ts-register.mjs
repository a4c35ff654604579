// `node --import ./test/helpers/ts-register.mjs`: registers ts-loader.mjs so a child process can load src/*.ts.
import { register } from "node:module";

register("./ts-loader.mjs", import.meta.url);

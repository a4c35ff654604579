/** The App's entry for `probot run` (npm start): the default export probot loads. */
import { createApp } from "./create-app.js";

export default createApp();

import { loadConfig } from "./auth.js";
import "./app.js";

loadConfig().then(() => document.querySelector("registry-console")?.setAttribute("ready", ""));

// dist/package-root.js
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
var packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
var packageFile = (...parts) => resolve(packageRoot, ...parts);
export {
  packageFile,
  packageRoot
};

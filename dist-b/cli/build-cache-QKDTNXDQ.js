import {
  BuildCache,
  filesUnder,
  hashFiles,
  hashOf,
  toolkitFingerprint
} from "./chunk-NQLUTXVE.js";
import "./chunk-TCSM6RUB.js";
import "./chunk-S4UXEFF5.js";
export {
  BuildCache,
  filesUnder,
  hashFiles,
  hashOf,
  toolkitFingerprint
};

import {
  manifestName,
  manifestOf,
  writeFilesAtomic,
  writeOutputs
} from "./chunk-ZJLYYUJM.js";
import "./chunk-2WRVTUBK.js";
import "./chunk-X6JB4JQU.js";
import "./chunk-J2IIOPIV.js";
export {
  manifestName,
  manifestOf,
  writeFilesAtomic,
  writeOutputs
};

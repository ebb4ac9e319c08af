import {
  configInputs,
  realTarget,
  refuseOutputsOverInputs
} from "./chunk-R4AKOHHY.js";
import "./chunk-2WRVTUBK.js";
import "./chunk-X6JB4JQU.js";
import "./chunk-J2IIOPIV.js";
export {
  configInputs,
  realTarget,
  refuseOutputsOverInputs
};

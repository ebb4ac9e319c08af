import {
  previousKept,
  replaceOutputsTogether,
  stagingExtension,
  stagingName
} from "./chunk-CSM52BRK.js";
import "./chunk-YJAXDVXE.js";
import "./chunk-2WRVTUBK.js";
import "./chunk-X6JB4JQU.js";
import "./chunk-J2IIOPIV.js";
export {
  previousKept,
  replaceOutputsTogether,
  stagingExtension,
  stagingName
};

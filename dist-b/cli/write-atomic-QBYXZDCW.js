import {
  shownPath,
  writeFileAtomic
} from "./chunk-2WRVTUBK.js";
import "./chunk-X6JB4JQU.js";
import "./chunk-J2IIOPIV.js";
export {
  shownPath,
  writeFileAtomic
};
